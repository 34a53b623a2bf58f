import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { Column, Table } from '@tanstack/react-table';

const labelOf = <Row,>(column: Column<Row>) => {
  const { header } = column.columnDef;
  return typeof header === 'string' ? header : column.id;
};

/** Which columns the table shows; at least one stays. */
export function ColumnsMenu<Row>({ table }: { table: Table<Row> }) {
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const shown = hideable.filter((column) => column.getIsVisible()).map((column) => column.id);
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
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
      </Popover.Dropdown>
    </Popover>
  );
}
