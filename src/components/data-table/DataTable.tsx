import { Group, Table, type MantineSpacing } from '@mantine/core';
import { startTransition, useCallback, useState } from 'react';
import { useFillWindow } from '../../hooks/use-fill-window.ts';
import { ColumnsButton } from './ColumnsButton.tsx';
import classes from './DataTable.module.css';
import { DataTableBody } from './DataTableBody.tsx';
import { HeaderCell } from './HeaderCell.tsx';
import { useDataTable, type DataTableOptions } from './use-data-table.ts';

export interface DataTableProps<Row> extends DataTableOptions<Row> {
  /**
   * Long lists render only the rows in view, once there are more than `from` (default 0). Rows are
   * measured as they appear, unless `fixed`: rows all `rowHeight` tall need no measuring, which
   * costs a layout of the table on every scroll step and, when a row is not the height guessed,
   * another render.
   */
  virtualize?: { rowHeight: number; from?: number; fixed?: boolean };
  /**
   * A row, by id, to bring into view when it is named (a windowed list draws only the rows in
   * view): the session whose details are open, so that focus can go back to its row on close.
   */
  revealRow?: string;
  /**
   * The table scrolls in its own box, header kept in view, instead of with the page: the box fills
   * the window from where it starts down to what follows it (a pager), five rows at the least.
   */
  fillWindow?: boolean;
  /** Narrower than this, the table scrolls sideways (tables that scroll with the page). */
  minWidth?: number;
  verticalSpacing?: MantineSpacing;
  /**
   * Rows whose cells differ much in height (one cell a long list) keep every cell's first line on
   * the row's first line, instead of centring the short ones in the middle of the tall row.
   */
  cellsAtTop?: boolean;
}

/**
 * Every list's table: TanStack's model over columns each feature defines, in Mantine's markup.
 * `name` is its accessible name. Sorting is the page's (see `useDataTable`); selection, a columns
 * menu and windowing of long lists are there for the lists that need them.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const {
    name,
    virtualize,
    fillWindow = false,
    minWidth,
    verticalSpacing,
    cellsAtTop,
    selection,
    columnsChoice,
    revealRow,
  } = props;
  const table = useDataTable(props);
  // The box as state, not only a ref: React attaches a ref after the layout effects of what is
  // inside, so the rows' windowing, looking for its box in its first layout effect, found none
  // and drew no rows until something else drew the table again.
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const [tableElement, setTableElement] = useState<HTMLTableElement | null>(null);
  // Set as a transition: a state set while React attaches refs is otherwise drawn at once, inside
  // the same commit, and drawing the rows there was one task of 150–200 ms on the sessions page at
  // 4x CPU. As a transition the rows are drawn in slices, the page answering between them.
  const keepScrollBox = useCallback(
    (box: HTMLDivElement | null) => startTransition(() => setScrollBox(box)),
    [],
  );
  const keepTableElement = useCallback(
    (element: HTMLTableElement | null) => startTransition(() => setTableElement(element)),
    [],
  );
  useFillWindow(scrollBox, fillWindow);
  const markup = (
    <Table
      ref={keepTableElement}
      className={classes.table}
      data-cells-at-top={cellsAtTop || undefined}
      aria-label={name}
      aria-rowcount={virtualize ? table.getRowModel().rows.length + 1 : undefined}
      stickyHeader={fillWindow}
      verticalSpacing={verticalSpacing}
      highlightOnHover
    >
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id} aria-rowindex={1}>
            {group.headers.map((header) => (
              <HeaderCell key={header.id} header={header} />
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <DataTableBody
        rows={table.getRowModel().rows}
        selected={selection?.selected}
        virtualize={virtualize}
        table={tableElement}
        scrollBox={fillWindow ? scrollBox : undefined}
        revealRow={revealRow}
      />
    </Table>
  );
  return (
    <>
      {columnsChoice && (
        <Group justify="flex-end">
          <ColumnsButton table={table} />
        </Group>
      )}
      {fillWindow ? (
        <div ref={keepScrollBox} className={classes.scroller}>
          {markup}
        </div>
      ) : (
        // The browser's own sideways scrolling: Mantine's ScrollArea sets state from its observers
        // and layout effects, and each such state drew its table again in one piece (the person
        // page's sessions table, twice as the page started, at a phone's 4x CPU).
        <Table.ScrollContainer minWidth={minWidth ?? 0} type="native">
          {markup}
        </Table.ScrollContainer>
      )}
    </>
  );
}
