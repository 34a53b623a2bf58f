import { Table } from '@mantine/core';
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

function DataTableRowView<T>({ index, cells, selected, measure }: DataTableRowProps<T>) {
  return (
    <Table.Tr data-index={index} data-selected={selected || undefined} ref={measure}>
      {cells.map((cell) => {
        const { align, minWidth } = cell.column.columnDef.meta ?? {};
        return (
          <Table.Td key={cell.id} ta={align} miw={minWidth}>
            {renderTemplate(cell.column.columnDef.cell, cell.getContext())}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

/**
 * One row. Memoized because a windowed 1,000-row list re-renders on every scroll step: rows already
 * on screen must not render again, only the ones scrolling into view. TanStack keeps `cells` the
 * same objects until the data or the columns change.
 */
export const DataTableRow = memo(DataTableRowView) as typeof DataTableRowView;
