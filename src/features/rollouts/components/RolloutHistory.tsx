import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { operationQueries } from '../../../api/console/operations.ts';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { paths } from '../../../lib/paths.ts';
import { dateTimeInWords, operationStateWords } from '../operation-words.ts';
import { rolloutHistoryFilters } from '../operation-reads.ts';
import { delayInWords } from '../rollout-settings.ts';
import { RolloutLinkButton } from './RolloutLinkButton.tsx';

export interface RolloutHistoryProps {
  catalogId: string;
}

/** Everyone's image updates of this catalog, as the console server recorded them. */
export function RolloutHistory({ catalogId }: RolloutHistoryProps) {
  const historyQuery = useQuery(operationQueries.list(rolloutHistoryFilters(catalogId)));
  // Asked for rollouts only; the type still allows other kinds, which have nothing to show here.
  const rollouts = (historyQuery.data ?? []).flatMap((operation) =>
    operation.rollout ? [{ operation, rollout: operation.rollout }] : [],
  );
  const rows = rollouts.map(({ operation, rollout }) => {
    const state = operationStateWords[operation.state];
    return (
      <Table.Tr key={operation.id}>
        <Table.Td>
          <Anchor component={Link} to={paths.rollout.href(operation.id)}>
            {dateTimeInWords(operation.startedAt)}
          </Anchor>
        </Table.Td>
        <Table.Td>{operation.startedBy.name}</Table.Td>
        <Table.Td style={{ overflowWrap: 'anywhere' }}>
          {rollout.previousImageName ?? rollout.previousImageId ?? 'none'} →{' '}
          {rollout.imageName ?? rollout.imageId}
        </Table.Td>
        <Table.Td>
          {rollout.vdaUpdateDelay === null ? '—' : delayInWords(rollout.vdaUpdateDelay)}
        </Table.Td>
        <Table.Td>
          <Badge color={state.color} variant="light">
            {state.label}
          </Badge>
        </Table.Td>
        <Table.Td>
          {operation.state !== 'running' && rollout.previousImageId && (
            <RolloutLinkButton
              size="xs"
              variant="default"
              to={paths.newRollout.href({ catalog: catalogId, image: rollout.previousImageId })}
            >
              Revert to previous image
            </RolloutLinkButton>
          )}
        </Table.Td>
      </Table.Tr>
    );
  });

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        Rollout history
      </Title>
      <QueryFrame
        query={historyQuery}
        errorTitle="Could not load the rollout history"
        loading={<Text c="dimmed">Loading the rollout history…</Text>}
      >
        {() =>
          rows.length > 0 ? (
            <Table.ScrollContainer minWidth={720}>
              <Table aria-label="Rollout history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Started</Table.Th>
                    <Table.Th>Started by</Table.Th>
                    <Table.Th>Image</Table.Th>
                    <Table.Th>Restarts</Table.Th>
                    <Table.Th>Result</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{rows}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text c="dimmed">Nobody has rolled out an image to this catalog yet.</Text>
          )
        }
      </QueryFrame>
    </Paper>
  );
}
