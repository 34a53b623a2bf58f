import { Group, Table, type MantineSpacing } from '@mantine/core';
import { useRef } from 'react';
import { useVirtualRows } from '../../hooks/use-virtual-rows.ts';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import classes from './DataTable.module.css';
import { DataTableRow } from './DataTableRow.tsx';
import { HeaderCell } from './HeaderCell.tsx';
import { useDataTable, type DataTableOptions } from './use-data-table.ts';

export interface DataTableProps<Row> extends DataTableOptions<Row> {
  /** Long lists render only the rows in view, once there are more than `from` (default 0). */
  virtualize?: { rowHeight: number; from?: number };
  /** The table scrolls in its own box this tall, header kept in view, instead of with the page. */
  maxHeight?: string;
  /** Narrower than this, the table scrolls sideways (tables that scroll with the page). */
  minWidth?: number;
  verticalSpacing?: MantineSpacing;
}

/**
 * Every list's table: TanStack's model over columns each feature defines, in Mantine's markup.
 * `name` is its accessible name. Sorting is the page's (see `useDataTable`); selection, a columns
 * menu and windowing of long lists are there for the lists that need them.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { name, virtualize, maxHeight, minWidth, verticalSpacing, selection, columnsChoice } =
    props;
  const table = useDataTable(props);
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const modelRows = table.getRowModel().rows;
  const virtual = useVirtualRows({
    listRef: tableRef,
    count: modelRows.length,
    estimateSize: virtualize?.rowHeight ?? 48,
    scrollElement: maxHeight === undefined ? undefined : scrollRef,
    enabled: !!virtualize && modelRows.length > (virtualize.from ?? 0),
    getItemKey: (index) => modelRows[index]!.id,
  });
  const rows = virtual.rows.map(({ index, key }) => {
    const row = modelRows[index]!;
    return (
      <DataTableRow
        key={key}
        index={index}
        cells={row.getVisibleCells()}
        selected={selection?.selected.has(row.id) ?? false}
        measure={virtual.measureRow}
      />
    );
  });
  const markup = (
    <Table
      ref={tableRef}
      className={classes.table}
      aria-label={name}
      aria-rowcount={virtualize ? modelRows.length + 1 : undefined}
      stickyHeader={maxHeight !== undefined}
      verticalSpacing={verticalSpacing}
      highlightOnHover
    >
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => (
              <HeaderCell key={header.id} header={header} />
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {virtual.before > 0 && <tr aria-hidden style={{ height: virtual.before }} />}
        {rows}
        {virtual.after > 0 && <tr aria-hidden style={{ height: virtual.after }} />}
      </Table.Tbody>
    </Table>
  );
  return (
    <>
      {columnsChoice && (
        <Group justify="flex-end">
          <ColumnsMenu table={table} />
        </Group>
      )}
      {maxHeight === undefined ? (
        <Table.ScrollContainer minWidth={minWidth ?? 0}>{markup}</Table.ScrollContainer>
      ) : (
        <div ref={scrollRef} className={classes.scroller} style={{ maxHeight }}>
          {markup}
        </div>
      )}
    </>
  );
}
