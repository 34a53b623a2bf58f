import { Table, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ShortTableColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
}

export interface ShortTableProps<Row> {
  /** The table's accessible name. */
  name: string;
  rows: Row[];
  columns: ShortTableColumn<Row>[];
  rowId: (row: Row) => string;
  /** Narrower than this, the table scrolls sideways. */
  minWidth?: number;
  verticalSpacing?: MantineSpacing;
}

/**
 * A few rows, all drawn, in the markup `DataTable` draws: for a list that is never long and never
 * sorted (a person's sessions now). DataTable's TanStack Table and windowing are 27 KB gzip that
 * such a page would load before it could paint its rows.
 */
export function ShortTable<Row>({
  name,
  rows,
  columns,
  rowId,
  minWidth,
  verticalSpacing,
}: ShortTableProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth ?? 0} type="native">
      <Table aria-label={name} verticalSpacing={verticalSpacing} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.id}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowId(row)}>
              {columns.map((column) => (
                <Table.Td key={column.id}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
