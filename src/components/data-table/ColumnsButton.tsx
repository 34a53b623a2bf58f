import { Button, Loader } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import { lazy, Suspense, useState } from 'react';
import { DeferredPopover } from '../DeferredPopover.tsx';
import type { ColumnsMenu as ColumnsMenuType } from './ColumnsMenu.tsx';

// The checkboxes load when the menu first opens. (`lazy` drops the menu's type parameter, the
// row type: the cast gives it back.)
const ColumnsMenu = lazy(async () => ({
  default: (await import('./ColumnsMenu.tsx')).ColumnsMenu,
})) as unknown as typeof ColumnsMenuType;

/**
 * The table's "Columns" button and its menu. The popover's code (Floating UI) comes at the page's
 * first input, as the header's dropdowns' does (`DeferredPopover`): drawn with the rows, a closed
 * popover cost the sessions page one synchronous render of about 55 ms in Lighthouse's load (its
 * CPU profile), for a menu nobody had opened. A click before the code arrives opens it on arrival.
 */
export function ColumnsButton<Row>({ table }: { table: Table<Row> }) {
  const [opened, setOpened] = useState(false);
  const button = (
    <Button
      variant="default"
      leftSection={<IconColumns size={16} aria-hidden />}
      // What Mantine's Popover says of its target, said before its code has arrived.
      aria-haspopup="dialog"
      aria-expanded={opened}
      onClick={() => setOpened((current) => !current)}
    >
      Columns
    </Button>
  );
  return (
    <DeferredPopover
      target={button}
      opened={opened}
      onChange={setOpened}
      // Moves focus into the menu, so keyboard users land there and Escape closes it.
      trapFocus
      returnFocus
      position="bottom-end"
      shadow="md"
    >
      <Suspense fallback={<Loader size="sm" role="img" aria-label="Loading the columns" />}>
        <ColumnsMenu table={table} />
      </Suspense>
    </DeferredPopover>
  );
}
