import { Checkbox, Stack } from '@mantine/core';
import type { Column, Table } from '@tanstack/react-table';

const labelOf = <Row,>(column: Column<Row>) => {
  const { header } = column.columnDef;
  return typeof header === 'string' ? header : column.id;
};

/** Which columns the table shows, the columns menu's dropdown; at least one stays. */
export function ColumnsMenu<Row>({ table }: { table: Table<Row> }) {
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const shown = hideable.filter((column) => column.getIsVisible()).map((column) => column.id);
  return (
    <Checkbox.Group
      label="Columns shown"
      value={shown}
      onChange={(value) =>
        value.length > 0 &&
        table.setColumnVisibility(
          Object.fromEntries(hideable.map((column) => [column.id, value.includes(column.id)])),
        )
      }
    >
      <Stack gap={6} mt="xs">
        {hideable.map((column) => (
          <Checkbox key={column.id} value={column.id} label={labelOf(column)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
