import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { columnLabels } from '../session-words.ts';
import { sessionColumns, type SessionColumn } from '../session-view.ts';

export interface SessionColumnsMenuProps {
  columns: SessionColumn[];
  onChange: (columns: SessionColumn[]) => void;
}

/** Which columns the table shows; at least one stays. The choice lives in the URL. */
export function SessionColumnsMenu({ columns, onChange }: SessionColumnsMenuProps) {
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
          value={columns}
          // Keep the table's own column order, whatever order they were ticked in.
          onChange={(value) =>
            value.length > 0 && onChange(sessionColumns.filter((c) => value.includes(c)))
          }
        >
          <Stack gap={6} mt="xs">
            {sessionColumns.map((column) => (
              <Checkbox key={column} value={column} label={columnLabels[column]} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
