import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Operation, RolloutDetails } from '../../../../contracts/identity-api.ts';
import { paths } from '../../../lib/paths.ts';
import { readOperation, toCatalogStatus } from '../operation-reading.ts';
import { operationStateWords } from '../operation-words.ts';
import { timeLeftInWords } from '../rollout-status.ts';
import { RolloutLinkButton } from './RolloutLinkButton.tsx';
import { RolloutSummary } from './RolloutSummary.tsx';
import { AnimatedProgress } from '../../../components/AnimatedProgress.tsx';

export interface RolloutProgressProps {
  operation: Operation;
  rollout: RolloutDetails;
}

/** The wizard's last step: the server's record of the rollout, its progress, and how it ended. */
export function RolloutProgress({ operation, rollout }: RolloutProgressProps) {
  const reading = readOperation(operation);
  const { progress } = operation;
  const status = toCatalogStatus(operation);
  const percent = reading.phase === 'succeeded' ? 100 : progress?.percent;
  const timeLeft = status && progress ? timeLeftInWords(status, Date.parse(progress.readAt)) : null;
  const state = operationStateWords[operation.state];

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Stack gap="sm">
          <Group gap="sm">
            <Badge color={state.color} variant="light" data-state={operation.state}>
              {state.label}
            </Badge>
            <Text fw={600} role="status">
              {reading.headline}
            </Text>
          </Group>
          {reading.detail && <Text size="sm">{reading.detail}</Text>}
          {reading.phase === 'running' && (
            <>
              <AnimatedProgress
                value={percent ?? 0}
                aria-label={`Update progress ${percent ?? 0}%`}
              />
              <Text size="sm" c="dimmed">
                {percent === null || percent === undefined
                  ? 'Progress not reported yet'
                  : `${percent}% done`}
                {timeLeft && ` · ${timeLeft}`}. You can leave this page: the console server follows
                the update and the Operations menu says when it ends.
              </Text>
            </>
          )}
          {operation.followProblem && (
            <Alert color="yellow" title="The console cannot read the update’s status right now">
              {operation.followProblem} The update itself carries on; the console keeps trying.
            </Alert>
          )}
          {reading.phase === 'failed' && (
            <Alert color="red" title="What to do" role="alert">
              {reading.advice}
            </Alert>
          )}
          {reading.phase !== 'running' && rollout.previousImageId && (
            <Group>
              <RolloutLinkButton
                variant="default"
                to={paths.newRollout.href({
                  catalog: rollout.catalogId,
                  image: rollout.previousImageId,
                })}
              >
                Revert to previous image
              </RolloutLinkButton>
            </Group>
          )}
        </Stack>
        <RolloutSummary operation={operation} rollout={rollout} />
      </Stack>
    </Paper>
  );
}
