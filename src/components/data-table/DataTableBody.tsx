import { Table } from '@mantine/core';
import type { Row } from '@tanstack/react-table';
import type { RefObject } from 'react';
import { useVirtualRows } from '../../hooks/use-virtual-rows.ts';
import { DataTableRow } from './DataTableRow.tsx';

export interface DataTableBodyProps<T> {
  rows: Row<T>[];
  /** Ticked row ids, when rows can be ticked. */
  selected: ReadonlySet<string> | undefined;
  virtualize: { rowHeight: number; from?: number; fixed?: boolean } | undefined;
  tableRef: RefObject<HTMLTableElement | null>;
  /** The box that scrolls, when the table scrolls in its own; else the page scrolls. */
  scrollRef: RefObject<HTMLDivElement | null> | undefined;
}

/**
 * The table's rows, windowed when long. Its own component because the windowing renders again on
 * every scroll step: only the rows render then, not the header, its sort buttons and the columns
 * menu around them.
 */
export function DataTableBody<T>({
  rows,
  selected,
  virtualize,
  tableRef,
  scrollRef,
}: DataTableBodyProps<T>) {
  const virtual = useVirtualRows({
    listRef: tableRef,
    count: rows.length,
    estimateSize: virtualize?.rowHeight ?? 48,
    scrollElement: scrollRef,
    enabled: !!virtualize && rows.length > (virtualize.from ?? 0),
    getItemKey: (index) => rows[index]!.id,
  });
  return (
    <Table.Tbody>
      {virtual.before > 0 && <tr aria-hidden style={{ height: virtual.before }} />}
      {virtual.rows.map(({ index, key }) => {
        const row = rows[index]!;
        return (
          <DataTableRow
            key={key}
            index={index}
            cells={row.getVisibleCells()}
            selected={selected?.has(row.id) ?? false}
            measure={virtualize?.fixed ? undefined : virtual.measureRow}
          />
        );
      })}
      {virtual.after > 0 && <tr aria-hidden style={{ height: virtual.after }} />}
    </Table.Tbody>
  );
}
