import { Table } from '@mantine/core';
import type { AuditRecord } from '../../../../contracts/identity-api.ts';
import { OutcomeCell, TargetsCell, WhenCell, WhoCell } from './AuditCells.tsx';

export interface AuditTableProps {
  records: AuditRecord[];
  /** When the records were read, for "5 minutes ago". */
  now: number;
}

/** One page of the trail, newest first. Read-only: records are never edited or deleted. */
export function AuditTable({ records, now }: AuditTableProps) {
  const rows = records.map((record) => (
    <Table.Tr key={record.id}>
      <Table.Td>
        <WhenCell record={record} now={now} />
      </Table.Td>
      <Table.Td>
        <WhoCell record={record} />
      </Table.Td>
      <Table.Td>{record.operationLabel}</Table.Td>
      <Table.Td>
        <TargetsCell record={record} />
      </Table.Td>
      <Table.Td>
        <OutcomeCell record={record} />
      </Table.Td>
    </Table.Tr>
  ));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Audit records" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Operation</Table.Th>
            <Table.Th>Targets</Table.Th>
            <Table.Th>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
