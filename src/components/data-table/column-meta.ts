import type { RowData } from '@tanstack/react-table';

// What a column says about its own cells, beside TanStack's definition: every DataTable lays
// them out the same way from here instead of each feature styling its own <td>.
declare module '@tanstack/react-table' {
  // The type parameters must match TanStack's declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Numbers line up on the right, header included. */
    align?: 'right';
    /** A fixed width in pixels (a checkbox column). */
    width?: number;
    /** A width the column is never squeezed below, in pixels. */
    minWidth?: number;
  }
}
