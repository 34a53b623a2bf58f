import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Operation, RolloutDetails } from '../../../../contracts/identity-api.ts';
import { paths } from '../../../lib/paths.ts';
import { dateTimeInWords } from '../operation-words.ts';
import { delayInWords } from '../rollout-settings.ts';

export interface RolloutSummaryProps {
  operation: Operation;
  rollout: RolloutDetails;
}

const imageLink = (id: string | null, name: string | null) =>
  id ? (
    <Anchor component={Link} to={paths.imageDetail.href('citrix', id)}>
      {name ?? id}
    </Anchor>
  ) : (
    (name ?? 'None')
  );

/** What was asked, by whom and when: the facts of the server's record, which never change. */
export function RolloutSummary({ operation, rollout }: RolloutSummaryProps) {
  const fields: [string, ReactNode][] = [
    [
      'Catalog',
      <Anchor key="catalog" component={Link} to={paths.catalogDetail.href(rollout.catalogId)}>
        {rollout.catalogName ?? rollout.catalogId}
      </Anchor>,
    ],
    ['New image', imageLink(rollout.imageId, rollout.imageName)],
    ['Previous image', imageLink(rollout.previousImageId, rollout.previousImageName)],
    ['Started by', `${operation.startedBy.name} (${operation.startedBy.role})`],
    ['Started', dateTimeInWords(operation.startedAt)],
    ['Ended', operation.finishedAt ? dateTimeInWords(operation.finishedAt) : 'Not yet'],
    [
      'Restarts',
      rollout.vdaUpdateDelay === null ? 'Not recorded' : delayInWords(rollout.vdaUpdateDelay),
    ],
    ['Warning title', rollout.warningTitle ?? 'Citrix’s default'],
    ['Warning message', rollout.warningMessage ?? 'Citrix’s default'],
    ['Citrix transaction ID', operation.transactionId ?? 'Not reported'],
  ];
  const rows = fields.map(([label, value]) => (
    <Table.Tr key={label}>
      <Table.Th w="30%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
    </Table.Tr>
  ));
  return (
    <Stack gap={4}>
      <Text fw={600} component="h2" size="lg">
        Rollout
      </Text>
      <Table aria-label="Rollout details">
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </Stack>
  );
}
