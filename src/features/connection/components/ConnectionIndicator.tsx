import { Badge, Box, Divider, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCloud, IconFlask, IconPlugConnectedX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, useEffect } from 'react';
import { HeaderPlaceholder } from '../../../components/HeaderPlaceholder.tsx';
import { HeaderPopover } from '../../../components/HeaderPopover.tsx';
import { toApiProblem, type ApiProblemKind } from '../../../lib/api-problem.ts';
import { connectionQueries } from '../../../api/console/connection.ts';
import classes from './ConnectionIndicator.module.css';
import { citrixHeadline, hasProblem, modeLabel, rackspaceHeadline } from '../connection-words.ts';

// The details are not needed to paint the header: they load just after it (see the effect
// below), so the popover rarely has to wait for them when it opens.
const loadSummary = () => import('./ConnectionSummary.tsx');
const loadProblem = () => import('./ConnectionProblem.tsx');
const ConnectionSummary = lazy(async () => ({ default: (await loadSummary()).ConnectionSummary }));
const ConnectionProblem = lazy(async () => ({ default: (await loadProblem()).ConnectionProblem }));

// Failures that mean the browser never got a usable answer from the console server itself.
const unreachableKinds = new Set<ApiProblemKind>(['network-down', 'timeout', 'unavailable']);

/** Header badge: which mode, which customer and site, which Rackspace region, and any trouble. */
export function ConnectionIndicator() {
  const statusQuery = useQuery(connectionQueries.status());
  useEffect(() => {
    void loadSummary();
    void loadProblem();
  }, []);

  if (!statusQuery.data && !statusQuery.error) {
    return (
      <>
        <HeaderPlaceholder of="connection" />
        <VisuallyHidden role="status">Checking the connection…</VisuallyHidden>
      </>
    );
  }

  const status = statusQuery.data;
  const problem = status ? undefined : toApiProblem(statusQuery.error);
  const target = status ? (
    <Group gap="xs" wrap="nowrap">
      <Badge
        variant="light"
        color={status.mode === 'simulator' ? 'grape' : 'blue'}
        visibleFrom="xs"
        style={{ overflow: 'visible' }}
      >
        {modeLabel(status)}
      </Badge>
      {/* A phone's header has room for an icon only; the words stay for screen readers. */}
      <Box hiddenFrom="xs" display="flex">
        {status.mode === 'simulator' ? (
          <IconFlask size={18} color="var(--mantine-color-grape-7)" aria-hidden />
        ) : (
          <IconCloud size={18} color="var(--mantine-color-blue-7)" aria-hidden />
        )}
        <VisuallyHidden>{modeLabel(status)}</VisuallyHidden>
      </Box>
      <Text span size="sm" visibleFrom="md" truncate maw={260}>
        {citrixHeadline(status.citrix)}
      </Text>
      <Divider orientation="vertical" visibleFrom="md" />
      {/* "Rackspace Northern Virginia (IAD)" with a long customer name would crowd a 1,024 px
          header: cut, the whole of it in the popover and in the button's name. */}
      <Text span size="sm" visibleFrom="md" truncate maw={200}>
        {rackspaceHeadline(status.rackspace)}
      </Text>
      {hasProblem(status) && (
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
      )}
    </Group>
  ) : (
    <Group gap="xs" wrap="nowrap">
      <IconPlugConnectedX size={16} aria-hidden />
      <ConnectionTrouble
        unreachable={problem !== undefined && unreachableKinds.has(problem.kind)}
      />
    </Group>
  );

  return (
    <HeaderPopover
      face={target}
      color={status && !hasProblem(status) ? 'gray' : 'orange'}
      width={360}
      loadingLabel="Loading the connection details"
    >
      {(close) =>
        status ? (
          <ConnectionSummary status={status} onNavigate={close} />
        ) : (
          <ConnectionProblem
            error={statusQuery.error}
            onRetry={() => void statusQuery.refetch()}
            onNavigate={close}
          />
        )
      }
    </HeaderPopover>
  );
}

/** Why there is no status, in as many words as the header has room for (see the CSS). */
function ConnectionTrouble({ unreachable }: { unreachable: boolean }) {
  return (
    <>
      <Text span size="sm" className={classes.words}>
        {unreachable ? 'Cannot reach the console server' : 'Connection status unavailable'}
      </Text>
      <Text span size="sm" visibleFrom="xs" hiddenFrom="lg" aria-hidden>
        {unreachable ? 'Unreachable' : 'Status unknown'}
      </Text>
    </>
  );
}
