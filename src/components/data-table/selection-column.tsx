import { Checkbox } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { Dispatch, SetStateAction } from 'react';
import { RowCheckbox } from './RowCheckbox.tsx';

/** Rows the person can tick, by row id; the page holds the ticked ids. */
export interface RowSelection<Row> {
  selected: ReadonlySet<string>;
  /** A state setter: rows toggle with functional updates, so the column never changes. */
  onSelectedChange: Dispatch<SetStateAction<Set<string>>>;
  /** The header checkbox's accessible name, e.g. "Select every session on this page". */
  allLabel: string;
  /** A row checkbox's accessible name. Keep it stable (a module function), like the setter. */
  rowLabel: (row: Row) => string;
}

/** The leading checkbox column: one per row, and one in the header for every row shown. */
export function selectionColumn<Row>({
  onSelectedChange,
  allLabel,
  rowLabel,
}: Omit<RowSelection<Row>, 'selected'>): ColumnDef<Row> {
  const toggle = (id: string, on: boolean) =>
    onSelectedChange((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return {
    id: 'select',
    enableHiding: false,
    meta: { width: 40 },
    header: ({ table }) => {
      const rows = table.getCoreRowModel().rows;
      const all = rows.length > 0 && rows.every((row) => row.getIsSelected());
      return (
        <Checkbox
          aria-label={allLabel}
          checked={all}
          indeterminate={!all && rows.some((row) => row.getIsSelected())}
          onChange={(event) =>
            onSelectedChange(new Set(event.currentTarget.checked ? rows.map((row) => row.id) : []))
          }
        />
      );
    },
    cell: ({ row }) => (
      <RowCheckbox
        label={rowLabel(row.original)}
        checked={row.getIsSelected()}
        onChange={(event) => toggle(row.id, event.currentTarget.checked)}
      />
    ),
  };
}
