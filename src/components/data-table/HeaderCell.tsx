import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import type { Header } from '@tanstack/react-table';
import { renderTemplate } from './render-template.ts';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A column's header. A sortable one holds a button (Enter and Space work, as on any button) and
 * says its order in `aria-sort`; pressing it asks the page for the next order.
 */
export function HeaderCell<Row>({ header }: { header: Header<Row, unknown> }) {
  const { column } = header;
  const { align, width, minWidth } = column.columnDef.meta ?? {};
  const label = header.isPlaceholder
    ? null
    : renderTemplate(column.columnDef.header, header.getContext());
  if (!column.getCanSort()) {
    return (
      <Table.Th ta={align} w={width} miw={minWidth}>
        {label}
      </Table.Th>
    );
  }
  const sorted = column.getIsSorted();
  const Icon = sorted === 'desc' ? IconChevronDown : IconChevronUp;
  return (
    <Table.Th ta={align} w={width} miw={minWidth} aria-sort={sorted ? ariaSort[sorted] : 'none'}>
      <UnstyledButton onClick={column.getToggleSortingHandler()} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          {sorted && <Icon size={14} aria-hidden />}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
