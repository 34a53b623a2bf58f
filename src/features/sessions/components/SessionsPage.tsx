import { Alert, Group, Stack, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Outlet, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { AddressProblemsNotice } from '../../../components/AddressProblemsNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { paths } from '../../../lib/paths.ts';
import { sessionQueries, type Session, type SessionAction } from '../../../api/citrix/sessions.ts';
import { toSessionSearch } from '../session-search.ts';
import { useContinuationStack } from '../use-continuation-stack.ts';
import { sessionUrlView, type SessionView } from '../session-view.ts';
import { SessionActionButtons } from './SessionActionButtons.tsx';
import { SessionActionDialog } from './SessionActionDialog.tsx';
import { ExportSessionsButton } from './ExportSessionsButton.tsx';
import { SessionFilters } from './SessionFilters.tsx';
import { SessionSearchBox } from './SessionSearchBox.tsx';
import { SessionsPager } from './SessionsPager.tsx';
import { SessionsTable } from './SessionsTable.tsx';
import { useRefusedTokenRecovery } from '../use-refused-token-recovery.ts';

export interface SessionsPageProps {
  /** Catalog names, which are also the delivery group names, for the filters. */
  catalogNames: string[];
}

/** The help-desk lookup: search every session in the site, act on the ones that are stuck. */
export function SessionsPage({ catalogNames }: SessionsPageProps) {
  const [params, setParams] = useSearchParams();
  const view = sessionUrlView.read(params);
  const search = toSessionSearch(view);
  const paging = useContinuationStack(JSON.stringify([search, view.pageSize]));
  const [autoRefresh, setAutoRefresh] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // The sessions an action was started on: the list refreshes under the dialog (a logged-off
  // session leaves it), and the dialog must keep counting the ones it was asked to act on.
  const [action, setAction] = useState<{ name: SessionAction; sessions: Session[] } | null>(null);
  const request = { search, limit: view.pageSize, continuationToken: paging.token };
  const page = useQuery(sessionQueries.list(request, autoRefresh));
  const notice = useRefusedTokenRecovery(page.error, paging);

  const changeView = (change: Partial<SessionView>) => {
    setSelected(new Set());
    setParams(sessionUrlView.write({ ...view, ...change }), {
      replace: 'q' in change || 'user' in change,
    });
  };
  const sessions = page.data?.Items ?? [];
  const selectedSessions = sessions.filter((s) => selected.has(s.Id));
  const detailsHref = (id: string) => `${paths.sessionDetail(id)}?${params.toString()}`;
  const turnPage = (move: () => void) => {
    setSelected(new Set());
    move();
  };

  return (
    <>
      <PageHeader
        title="Sessions"
        description="Find a user’s sessions among every session in the site, see how they connect, and log off, disconnect or message the stuck one."
        actions={<ExportSessionsButton search={search} />}
      />
      <AddressProblemsNotice problems={sessionUrlView.problems(params)} />
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
        {notice && (
          <Alert
            color="blue"
            title="Back to the first page"
            withCloseButton
            onClose={notice.dismiss}
          >
            {notice.text}
          </Alert>
        )}
        <Group gap="xs" aria-label="Actions on selected sessions" role="toolbar">
          <Text size="sm" c="dimmed">
            {selected.size} selected
          </Text>
          <SessionActionButtons
            disabled={selectedSessions.length === 0}
            onAction={(name) => setAction({ name, sessions: selectedSessions })}
          />
        </Group>
        {page.data ? (
          <SessionsTable
            sessions={sessions}
            columns={view.columns}
            selected={selected}
            onSelectedChange={setSelected}
            detailsHref={(s) => detailsHref(s.Id)}
          />
        ) : page.error ? (
          <ApiErrorAlert problem={toApiProblem(page.error)} title="Could not load sessions" />
        ) : (
          <PageLoader />
        )}
        {page.data && sessions.length === 0 && (
          <Text c="dimmed" ta="center" py="md">
            No sessions match this search.
          </Text>
        )}
        <SessionsPager
          pageNumber={paging.pageNumber}
          pageSize={view.pageSize}
          total={page.data?.TotalItems}
          hasNext={!!page.data?.ContinuationToken && !page.isPlaceholderData}
          onFirst={() => turnPage(paging.first)}
          onPrevious={() => turnPage(paging.previous)}
          onNext={() =>
            page.data?.ContinuationToken &&
            turnPage(() => paging.next(page.data.ContinuationToken!))
          }
          onPageSizeChange={(pageSize) => changeView({ pageSize })}
        />
      </Stack>
      {action && (
        <SessionActionDialog
          action={action.name}
          sessions={action.sessions}
          onClose={() => {
            setAction(null);
            setSelected(new Set());
          }}
        />
      )}
      <Outlet />
    </>
  );
}
