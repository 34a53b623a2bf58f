import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { DeferredPopover } from '../../../components/DeferredPopover.tsx';
import { paths } from '../../../lib/paths.ts';
import { useRollouts, type RolloutRecord } from '../rollout-store.ts';

// The watcher brings the catalog schemas and status polling; it is loaded only while a rollout
// runs, so the shell every page waits for stays small (scripts/check-bundle-budget.ts).
const RolloutWatcher = lazy(async () => ({
  default: (await import('./RolloutWatcher.tsx')).RolloutWatcher,
}));

const recentShown = 5;

function outcomeWords(record: RolloutRecord) {
  if (!record.outcome) return 'In progress';
  return record.outcome.result === 'succeeded' ? 'Finished' : 'Failed';
}

/** Header button: rollouts in progress and recently finished, tracked across pages and reloads. */
export function OperationsIndicator() {
  const rollouts = useRollouts();
  const [opened, setOpened] = useState(false);
  const running = rollouts.filter((record) => !record.outcome);
  const finished = rollouts.filter((record) => record.outcome).slice(0, recentShown);
  const shown = [...running, ...finished];
  const rows = shown.map((record) => (
    <Stack key={record.id} gap={0}>
      <Anchor
        component={Link}
        to={paths.rollout(record.id)}
        size="sm"
        onClick={() => setOpened(false)}
      >
        {record.catalogName} → {record.imageName}
      </Anchor>
      <Text size="xs" c={record.outcome?.result === 'failed' ? 'red' : 'dimmed'}>
        {outcomeWords(record)} · started {new Date(record.submittedAt).toLocaleString()}
      </Text>
    </Stack>
  ));

  const button = (
    <Button
      variant="subtle"
      color={running.length > 0 ? 'blue' : 'gray'}
      leftSection={<IconRefresh size={16} aria-hidden />}
      rightSection={
        running.length > 0 ? (
          <Badge size="sm" circle>
            {running.length}
          </Badge>
        ) : null
      }
      onClick={() => setOpened((current) => !current)}
      aria-label={`Operations: ${running.length} in progress`}
    >
      <Text span size="sm" visibleFrom="md">
        Operations
      </Text>
    </Button>
  );

  return (
    <>
      <Suspense fallback={null}>
        {running.map((record) => (
          <RolloutWatcher key={record.id} record={record} />
        ))}
      </Suspense>
      <DeferredPopover
        target={button}
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={340}
        shadow="md"
        withArrow
        trapFocus
        returnFocus
      >
        <Text fw={600} size="sm" mb="xs">
          Image rollouts from this browser
        </Text>
        {rows.length > 0 ? (
          <Stack gap="sm">{rows}</Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No rollouts yet. Start one from a catalog or an image.
          </Text>
        )}
      </DeferredPopover>
    </>
  );
}
