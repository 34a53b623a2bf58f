import {
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnSort,
  type RowSelectionState,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { selectionColumn, type RowSelection } from './selection-column.tsx';
import { useRememberedColumns } from './use-remembered-columns.ts';

/** The columns menu: which columns show, remembered per person under the table's name. */
export interface ColumnsChoice {
  /** What shows before the person chooses. Keep it stable (a module constant). */
  defaults: VisibilityState;
  /** What the page's address names; it wins over the remembered choice while present. */
  named?: VisibilityState;
  /** Told of each choice (the page may write it to its address). */
  onChange?: (visibility: VisibilityState) => void;
}

export interface DataTableOptions<Row> {
  name: string;
  rows: readonly Row[];
  columns: ColumnDef<Row>[];
  rowId: (row: Row) => string;
  sort?: ColumnSort | null;
  onSortChange?: (sort: ColumnSort) => void;
  selection?: RowSelection<Row>;
  columnsChoice?: ColumnsChoice;
}

const allShown: VisibilityState = {};

/**
 * TanStack's table over state the page owns: the sort comes from the page (its URL) and goes back
 * to it, and the page sorts the rows (`manualSorting`), on the server or in its view logic.
 */
export function useDataTable<Row>(options: DataTableOptions<Row>) {
  const { name, rows, columns, rowId, sort, onSortChange, selection, columnsChoice } = options;
  const [remembered, remember] = useRememberedColumns(name, columnsChoice?.defaults ?? allShown);
  const columnVisibility = columnsChoice?.named ?? remembered;
  const sorting: SortingState = sort ? [sort] : [];
  const { selected, onSelectedChange, allLabel, rowLabel } = selection ?? {};
  const withSelection = useMemo(
    () =>
      onSelectedChange && allLabel && rowLabel
        ? [selectionColumn({ onSelectedChange, allLabel, rowLabel }), ...columns]
        : columns,
    [columns, onSelectedChange, allLabel, rowLabel],
  );
  const rowSelection = useMemo<RowSelectionState>(
    () => Object.fromEntries([...(selected ?? [])].map((id) => [id, true])),
    [selected],
  );
  const data = useMemo(() => [...rows], [rows]);
  // The build has no React Compiler, so the table's unmemoizable functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useReactTable({
    data,
    columns: withSelection,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel(),
    state: { sorting, columnVisibility, rowSelection },
    manualSorting: true,
    enableSorting: !!onSortChange,
    enableMultiSort: false,
    // Each click flips the order (ascending first); a sorted list stays sorted.
    enableSortingRemoval: false,
    sortDescFirst: false,
    defaultColumn: { enableSorting: false },
    enableRowSelection: !!selection,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) onSortChange?.(next);
    },
    onColumnVisibilityChange: (updater: Updater<VisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      remember(next);
      columnsChoice?.onChange?.(next);
    },
  });
}
