import { Anchor, Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { delayInWords } from '../rollout-settings.ts';
import { useRollouts } from '../rollout-store.ts';

export interface RolloutHistoryProps {
  catalogId: string;
}

/** Image updates of this catalog started from this browser (the service keeps no history). */
export function RolloutHistory({ catalogId }: RolloutHistoryProps) {
  const history = useRollouts().filter((record) => record.catalogId === catalogId);
  const rows = history.map((record) => (
    <Table.Tr key={record.id}>
      <Table.Td>
        <Anchor component={Link} to={paths.rollout(record.id)}>
          {new Date(record.submittedAt).toLocaleString()}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {record.previousImageName ?? 'none'} → {record.imageName}
      </Table.Td>
      <Table.Td>{delayInWords(record.vdaUpdateDelay)}</Table.Td>
      <Table.Td>
        {record.outcome ? (
          <Badge color={record.outcome.result === 'succeeded' ? 'teal' : 'red'} variant="light">
            {record.outcome.result === 'succeeded' ? 'Finished' : 'Failed'}
          </Badge>
        ) : (
          <Badge variant="light">In progress</Badge>
        )}
      </Table.Td>
      <Table.Td>
        {record.outcome?.result === 'succeeded' && record.previousImageId && (
          <Button
            component={Link}
            size="xs"
            variant="default"
            to={paths.newRollout({ catalog: catalogId, image: record.previousImageId })}
          >
            Revert to previous image
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  ));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        Rollout history
      </Title>
      {rows.length > 0 ? (
        <Table aria-label="Rollout history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Started</Table.Th>
              <Table.Th>Image</Table.Th>
              <Table.Th>Restarts</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed" size="sm">
          No rollouts of this catalog were started from this browser.
        </Text>
      )}
    </Paper>
  );
}
