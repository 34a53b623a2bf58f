import { Table } from '@mantine/core';
import type { Row } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import { useVirtualRows, type VirtualRow } from '../../hooks/use-virtual-rows.ts';
import { DataTableRow } from './DataTableRow.tsx';

export interface DataTableBodyProps<T> {
  rows: Row<T>[];
  /** Ticked row ids, when rows can be ticked. */
  selected: ReadonlySet<string> | undefined;
  virtualize: { rowHeight: number; from?: number; fixed?: boolean } | undefined;
  /** The table's element, once in the page: where it starts says which rows show. */
  table: HTMLTableElement | null;
  /**
   * The box that scrolls, when the table scrolls in its own (null until it is in the page);
   * undefined when the page scrolls.
   */
  scrollBox: HTMLElement | null | undefined;
  /** A row to bring into view, by id, each time another is named (see `DataTableProps`). */
  revealRow: string | undefined;
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
  table,
  scrollBox,
  revealRow,
}: DataTableBodyProps<T>) {
  const windowed = !!virtualize && rows.length > (virtualize.from ?? 0);
  const virtual = useVirtualRows({
    list: table,
    count: rows.length,
    estimateSize: virtualize?.rowHeight ?? 48,
    scrollBox,
    enabled: windowed,
    getItemKey: (index) => rows[index]!.id,
  });
  useRevealedRow(revealRow, rows, virtual);
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

/**
 * Scrolls a windowed list to the row named until it is drawn, once per name: not again when the
 * same list is read again (an auto-refresh must not move the list under the person's scroll), nor
 * when the row is not in this answer. Until the list's box has been measured the virtualizer draws
 * no rows and cannot scroll, so this tries again each time the rows drawn change.
 */
function useRevealedRow<T>(
  revealRow: string | undefined,
  rows: Row<T>[],
  virtual: { rows: VirtualRow[]; scrollToRow?: (index: number) => void },
) {
  const revealed = useRef<string>(undefined);
  const index = revealRow === undefined ? -1 : rows.findIndex((row) => row.id === revealRow);
  const drawnFrom = virtual.rows[0]?.index ?? -1;
  const drawn = virtual.rows.some((row) => row.index === index);
  const { scrollToRow } = virtual;
  useEffect(() => {
    if (revealRow === undefined || revealRow === revealed.current || index < 0) return;
    if (drawn) revealed.current = revealRow;
    else if (drawnFrom >= 0) scrollToRow?.(index);
  }, [revealRow, index, drawn, drawnFrom, scrollToRow]);
}
