import { Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CopyValueButton } from '../../../../components/CopyValueButton.tsx';

export interface DetailField {
  label: string;
  value: ReactNode;
  /** When set, a copy button copies this text (IDs, transaction IDs). */
  copy?: string | null;
}

export interface DetailFieldsProps {
  /** The table's accessible name, e.g. "Image details". */
  label: string;
  fields: DetailField[];
}

function shown(value: ReactNode) {
  return value === null || value === undefined || value === '' ? <Text c="dimmed">—</Text> : value;
}

/** Label / value rows; empty values show a dash rather than disappearing. */
export function DetailFields({ label, fields }: DetailFieldsProps) {
  const rows = fields.map((field) => (
    <Table.Tr key={field.label}>
      {/* A fixed label column would leave a phone's value column a few letters wide. */}
      <Table.Th w={{ base: '40%', sm: 220 }} fw={500}>
        {field.label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Group gap={4} wrap="nowrap">
          <div>{shown(field.value)}</div>
          {field.copy && <CopyValueButton value={field.copy} label={field.label} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  ));
  return (
    <Table aria-label={label} verticalSpacing={6}>
      <Table.Tbody>{rows}</Table.Tbody>
    </Table>
  );
}
