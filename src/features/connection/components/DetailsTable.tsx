import { Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CopyValueButton } from '../../../components/CopyValueButton.tsx';

export interface DetailItem {
  label: string;
  value: ReactNode;
  /** When set, a copy button copies this text (for IDs people paste into tickets and scripts). */
  copyText?: string;
}

export interface DetailsTableProps {
  /** Names the table for assistive technology, e.g. "Citrix DaaS connection". */
  caption: string;
  items: DetailItem[];
}

/** Label and value pairs, one per row, with a copy button beside each ID. */
export function DetailsTable({ caption, items }: DetailsTableProps) {
  const rows = items.map((item) => (
    <Table.Tr key={item.label}>
      <Table.Th w={180} scope="row">
        {item.label}
      </Table.Th>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Text component="div" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.value}
          </Text>
          {item.copyText && <CopyValueButton value={item.copyText} label={item.label} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  ));
  return (
    <Table variant="vertical" layout="fixed" withTableBorder aria-label={caption}>
      <Table.Tbody>{rows}</Table.Tbody>
    </Table>
  );
}
