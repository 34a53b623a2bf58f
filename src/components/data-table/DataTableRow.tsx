import { rem, Table } from '@mantine/core';
import type { Cell } from '@tanstack/react-table';
import { memo } from 'react';
import { renderTemplate } from './render-template.ts';

export interface DataTableRowProps<T> {
  /** The row's place in the list, which windowing reads back from `data-index`. */
  index: number;
  /** The row's visible cells: new objects when the row's data or the columns shown change. */
  cells: Cell<T, unknown>[];
  selected: boolean;
  /** Measures the row for windowing; rows of a short list are not measured. */
  measure?: (element: HTMLTableRowElement | null) => void;
}

// Mantine's Table.Tr and Table.Td markup, written out: as components they cost a context read, a
// props merge and a style pass each, for every cell of every row (800 a page of sessions), while
// DataTable's table always has row borders and hover highlighting.
const rowClass = `${Table.classes.tr} mantine-Table-tr`;
const cellClass = `${Table.classes.td} mantine-Table-td`;

function DataTableRowView<T>({ index, cells, selected, measure }: DataTableRowProps<T>) {
  return (
    <tr
      className={rowClass}
      data-with-row-border="true"
      data-hover="true"
      data-index={index}
      // Its place, the header row being the 1st: a windowed list draws some rows only.
      aria-rowindex={index + 2}
      data-selected={selected || undefined}
      ref={measure}
    >
      {cells.map((cell) => {
        const { align, minWidth } = cell.column.columnDef.meta ?? {};
        const style =
          align || minWidth !== undefined
            ? { textAlign: align, minWidth: minWidth === undefined ? undefined : rem(minWidth) }
            : undefined;
        return (
          <td key={cell.id} className={cellClass} style={style}>
            {renderTemplate(cell.column.columnDef.cell, cell.getContext())}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * One row. Memoized because a windowed 1,000-row list re-renders on every scroll step: rows already
 * on screen must not render again, only the ones scrolling into view. TanStack keeps `cells` the
 * same objects until the data or the columns change.
 */
export const DataTableRow = memo(DataTableRowView) as typeof DataTableRowView;
