import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { sessionQueries } from '../../api/citrix/sessions.ts';
import { useCursorStack } from '../../hooks/use-cursor-stack.ts';
import { paths } from '../../lib/paths.ts';
import { toSessionSearch } from './session-search.ts';
import { sessionUrlView, type SessionView } from './session-view.ts';
import { useRefusedTokenRecovery } from './use-refused-token-recovery.ts';
import { useTicketLanding } from './use-ticket-landing.ts';

/**
 * What the sessions page shows and does: the view the URL names, the page of sessions `$search`
 * answers for it (reached by continuation tokens kept in the history entry's state, never in the
 * URL, so a reload or Back reopens the same page), and the sessions ticked on that page. Another
 * view or another page clears the ticks, so an action only reaches sessions in sight.
 */
export function useSessionsPage() {
  const [params, setParams] = useSearchParams();
  const view = sessionUrlView.read(params);
  const search = toSessionSearch(view);
  const pages = useCursorStack(JSON.stringify([search, view.pageSize]));
  const [autoRefresh, setAutoRefresh] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const request = { search, limit: view.pageSize, continuationToken: pages.cursor };
  const page = useQuery(sessionQueries.list(request, autoRefresh));
  const expiredPlace = useRefusedTokenRecovery(page.error, pages);
  useTicketLanding(view.user, page.isPlaceholderData ? undefined : page.data?.Items);

  const clearSelection = () => setSelected(new Set());
  const changeView = (change: Partial<SessionView>) => {
    clearSelection();
    setParams(sessionUrlView.write({ ...view, ...change }), {
      replace: 'q' in change || 'user' in change,
    });
  };
  const turnPage = (move: () => void) => {
    clearSelection();
    move();
  };
  // Stable while the search stays the same, so the table's memoised rows are not all redrawn
  // each time a box is ticked.
  const query = params.toString();
  const detailsHref = useCallback(
    (id: string) => `${paths.sessionDetail.href(id)}?${query}`,
    [query],
  );
  // A placeholder page (the previous one, kept while the next loads) has no next page to offer.
  const nextToken = page.isPlaceholderData ? undefined : page.data?.ContinuationToken;

  return {
    view,
    search,
    addressProblems: sessionUrlView.problems(params),
    changeView,
    page,
    sessions: page.data?.Items ?? [],
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
    /** Keeps the page's search in the details link, so closing the details returns to it. */
    detailsHref,
    paging: {
      pageNumber: pages.pageNumber,
      hasNext: !!nextToken,
      onFirst: () => turnPage(pages.first),
      onPrevious: () => turnPage(pages.previous),
      onNext: () => nextToken && turnPage(() => pages.next(nextToken)),
    },
  };
}
