import { Alert, Anchor, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { paths } from '../../../lib/paths.ts';
import { rolloutQueries } from '../api/rollout-tracking.ts';
import { delayInWords } from '../rollout-settings.ts';
import type { RolloutRecord } from '../rollout-store.ts';
import { interpretStatus, timeLeftInWords } from '../rollout-status.ts';
import { CatalogStateBadge } from './CatalogStateBadge.tsx';

export interface RolloutProgressProps {
  record: RolloutRecord;
}

/** The wizard's last step: follows the update's status address until it ends, then says how. */
export function RolloutProgress({ record }: RolloutProgressProps) {
  const progressQuery = useQuery(rolloutQueries.progress(record));
  const progress = progressQuery.data;
  const reading = progress ? interpretStatus(progress.status) : null;

  const summary = (
    <Stack gap={4}>
      <Text>
        <Anchor component={Link} to={paths.catalogDetail(record.catalogId)} underline="always">
          {record.catalogName}
        </Anchor>
        : {record.previousImageName ?? 'no image'} → <strong>{record.imageName}</strong>
      </Text>
      <Text size="sm" c="dimmed">
        Started {new Date(record.submittedAt).toLocaleString()} ·{' '}
        {delayInWords(record.vdaUpdateDelay)}
      </Text>
      {record.transactionId && (
        <Text size="xs" c="dimmed">
          Citrix transaction ID: {record.transactionId}
        </Text>
      )}
    </Stack>
  );

  let body;
  if (progress && reading) {
    const percent = reading.phase === 'succeeded' ? 100 : (progress.percent ?? 0);
    const timeLeft = timeLeftInWords(progress.status, progress.readAt);
    body = (
      <Stack gap="sm">
        <Group gap="sm">
          <CatalogStateBadge state={progress.status.state} />
          <Text fw={600} role="status">
            {reading.headline}
          </Text>
        </Group>
        {reading.detail && <Text size="sm">{reading.detail}</Text>}
        {reading.phase === 'running' && (
          <>
            <Progress value={percent} animated aria-label={`Update progress ${percent}%`} />
            <Text size="sm" c="dimmed">
              {percent}% done
              {timeLeft && ` · ${timeLeft}`}. You can leave this page: the update continues and the
              Operations menu keeps following it.
            </Text>
          </>
        )}
        {reading.phase === 'failed' && (
          <Alert color="red" title="What to do" role="alert">
            {reading.advice}
          </Alert>
        )}
        {reading.phase === 'succeeded' && record.previousImageId && (
          <Group>
            <Button
              component={Link}
              variant="default"
              to={paths.newRollout({ catalog: record.catalogId, image: record.previousImageId })}
            >
              Revert to previous image
            </Button>
          </Group>
        )}
      </Stack>
    );
  } else if (progressQuery.error) {
    body = (
      <ApiErrorAlert
        problem={toApiProblem(progressQuery.error)}
        title="Could not read the update status"
      >
        <Button mt="sm" size="xs" variant="default" onClick={() => void progressQuery.refetch()}>
          Try again
        </Button>
      </ApiErrorAlert>
    );
  } else {
    body = <Text c="dimmed">Reading the update status…</Text>;
  }

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        {summary}
        {body}
      </Stack>
    </Paper>
  );
}
