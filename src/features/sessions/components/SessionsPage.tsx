import { Group, Stack, Switch, Text } from '@mantine/core';
import { memo, Suspense, useEffect, useMemo } from 'react';
import { Outlet } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useLoadAfterFirstInput } from '../../../components/lazy-dialog.tsx';
import { AddressProblemsNotice } from '../../../components/AddressProblemsNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { pageHeadings } from '../../../lib/page-headings.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { useDeferredAnswer } from '../../../hooks/use-deferred-answer.ts';
import { useLatestCallback } from '../../../hooks/use-latest-callback.ts';
import { useListHeldBehindDrawer } from '../list-behind-drawer.ts';
import { useOpenedSession } from '../use-opened-session.ts';
import { useSessionsPage } from '../use-sessions-page.ts';
import { ExpiredPlaceNotice } from './ExpiredPlaceNotice.tsx';
import { ExportSessionsButton } from './ExportSessionsButton.tsx';
import { SessionFilters } from './SessionFilters.tsx';
import { SessionSearchBox } from './SessionSearchBox.tsx';
import { SessionSelectionToolbar } from './SessionSelectionToolbar.tsx';
import { SessionsPager } from './SessionsPager.tsx';
import { SessionsTableLoaded } from './lazy-sessions-table.ts';
import type { SessionsTableProps } from './SessionsTable.tsx';

export interface SessionsPageProps {
  /** Catalog names, which are also the delivery group names, for the filters. */
  catalogNames: string[];
}

/**
 * The help-desk lookup: search every session in the site, act on the ones that are stuck. Drawn
 * again only when its catalog names change, not with each change of its route's reads.
 */
export const SessionsPage = memo(function SessionsPage({ catalogNames }: SessionsPageProps) {
  const {
    view,
    search,
    addressProblems,
    changeView,
    page,
    autoRefresh,
    setAutoRefresh,
    expiredPlace,
    selected,
    setSelected,
    paging,
  } = useSessionsPage();
  // The table takes each answer a render later, drawn in slices (see the hook).
  const data = useDeferredAnswer(page.data);
  const shown = data?.Items ?? [];
  const held = useListHeldBehindDrawer();
  useTableCodeWhileHeld(held);
  const openedSession = useOpenedSession();
  const tableView = useTableView(view);
  const onTableViewChange = useLatestCallback(changeView);
  return (
    <>
      <PageHeader {...pageHeadings.sessions} actions={<ExportSessionsButton search={search} />} />
      <AddressProblemsNotice problems={addressProblems} />
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SessionSearchBox value={view.q} onSearch={(q) => changeView({ q })} />
          <Switch
            label="Auto-refresh"
            checked={autoRefresh}
            onChange={(event) => setAutoRefresh(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <SessionFilters view={view} catalogNames={catalogNames} onChange={changeView} />
        {expiredPlace && <ExpiredPlaceNotice {...expiredPlace} />}
        <SessionSelectionToolbar sessions={shown} selected={selected} onActionDone={setSelected} />
        {held ? null : data ? (
          // Its code comes with the page's (the router's `alongside`) unless the list was held.
          <Suspense fallback={<PageLoader />}>
            <SessionsTableLoaded
              sessions={shown}
              view={tableView}
              onViewChange={onTableViewChange}
              selected={selected}
              onSelectedChange={setSelected}
              openedSession={openedSession}
            />
          </Suspense>
        ) : expiredPlace ? null : page.error ? (
          <ApiErrorAlert error={page.error} title="Could not load sessions" />
        ) : (
          <PageLoader />
        )}
        {!held && data && shown.length === 0 && (
          <Text c="dimmed" ta="center" py="md">
            No sessions match this search.
          </Text>
        )}
        <SessionsPager
          {...paging}
          pageSize={view.pageSize}
          total={data?.TotalItems}
          onPageSizeChange={(pageSize) => changeView({ pageSize })}
        />
      </Stack>
      {/* The details drawer's code loads when first opened; the list stays on screen meanwhile. */}
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </>
  );
});

/**
 * A list held behind a phone's drawer loads the table's code at the page's first input (a tap on
 * the drawer's close button, Escape) or three seconds in, whichever comes first: not beside what
 * the drawer draws, yet at hand for the rows and the session's row's focus when it closes. A
 * failed load is tried again when the table is drawn. (Not held, the code came with the page's.)
 */
function useTableCodeWhileHeld(held: boolean) {
  useLoadAfterFirstInput(SessionsTableLoaded);
  useEffect(() => {
    if (!held) return;
    const timer = setTimeout(() => void SessionsTableLoaded.preload().catch(() => undefined), 3000);
    return () => clearTimeout(timer);
  }, [held]);
}

/**
 * What the table shows of the view, the same object until that changes: the table is memoized,
 * and React Query's news of the page's read (fetching, fetched) are drawn at once, in one piece;
 * with the same props the rows are not drawn again then, only once the answer itself changes.
 */
function useTableView(view: SessionsTableProps['view']): SessionsTableProps['view'] {
  const { sort, direction } = view;
  const columns = view.columns.join();
  return useMemo(
    () => ({
      sort,
      direction,
      columns: (columns ? columns.split(',') : []) as SessionsTableProps['view']['columns'],
    }),
    [sort, direction, columns],
  );
}
