import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { sessionQueries } from '../../api/citrix/sessions.ts';
import { useCursorStack } from '../../hooks/use-cursor-stack.ts';
import { sessionsPageRequest, toSessionSearch } from './session-search.ts';
import { sessionUrlView, type SessionView } from './session-view.ts';
import { useRefusedTokenRecovery } from './use-refused-token-recovery.ts';
import { useTicketLanding } from './use-ticket-landing.ts';

/** The searches a page of results belongs to: another one starts again at page 1. */
const listKeyOf = (view: SessionView) => JSON.stringify([toSessionSearch(view), view.pageSize]);

/**
 * What the sessions page shows and does: the view the URL names, the page of sessions `$search`
 * answers for it (reached by continuation tokens kept in the history entry's state, never in the
 * URL, so a reload or Back reopens the same page), and the sessions ticked on that page. Another
 * view or another page clears the ticks, so an action only reaches sessions in sight.
 */
export function useSessionsPage() {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const view = sessionUrlView.read(params);
  const search = toSessionSearch(view);
  const listKey = listKeyOf(view);
  const pages = useCursorStack(listKey);
  const [autoRefresh, setAutoRefresh] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const request = sessionsPageRequest(view, pages.cursor);
  const page = useQuery(sessionQueries.list(request, autoRefresh));
  const expiredPlace = useRefusedTokenRecovery(page.error, pages);
  useTicketLanding(view.user, page.isPlaceholderData ? undefined : page.data?.Items);

  const clearSelection = () => setSelected(new Set());
  const changeView = (change: Partial<SessionView>) => {
    clearSelection();
    const nextParams = sessionUrlView.write({ ...view, ...change });
    const next = sessionUrlView.read(nextParams);
    // A new search's first page is asked for now, while the page redraws for the new address,
    // not once it has: the page's query then takes the request over (the same key).
    if (listKeyOf(next) !== listKey) {
      void queryClient.prefetchQuery(sessionQueries.list(sessionsPageRequest(next), autoRefresh));
    }
    setParams(nextParams, { replace: 'q' in change || 'user' in change });
  };
  const turnPage = (move: () => void) => {
    clearSelection();
    move();
  };
  // A placeholder page (the previous one, kept while the next loads) has no next page to offer.
  const nextToken = page.isPlaceholderData ? undefined : page.data?.ContinuationToken;

  return {
    view,
    search,
    addressProblems: sessionUrlView.problems(params),
    changeView,
    page,
    autoRefresh,
    setAutoRefresh,
    /** The API refused the token of the page on screen: why, and the way back to page 1. */
    expiredPlace: expiredPlace && {
      ...expiredPlace,
      startAgain: () => turnPage(expiredPlace.startAgain),
    },
    selected,
    setSelected,
    clearSelection,
    paging: {
      pageNumber: pages.pageNumber,
      hasNext: !!nextToken,
      onFirst: () => turnPage(pages.first),
      onPrevious: () => turnPage(pages.previous),
      onNext: () => nextToken && turnPage(() => pages.next(nextToken)),
    },
  };
}
