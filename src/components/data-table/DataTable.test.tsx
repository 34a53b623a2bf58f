import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ColumnDef, ColumnSort, VisibilityState } from '@tanstack/react-table';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { meAs } from '../../testing/handlers.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';
import { DataTable } from './DataTable.tsx';
import { sortedByPage } from './url-sort.ts';

interface Fruit {
  name: string;
  stock: number;
  origin: string;
}

const fruits: Fruit[] = [
  { name: 'Banana', stock: 12, origin: 'Ecuador' },
  { name: 'Apple', stock: 40, origin: 'Poland' },
  { name: 'Cherry', stock: 3, origin: 'Chile' },
];

const columns: ColumnDef<Fruit>[] = [
  { id: 'name', header: 'Name', ...sortedByPage, cell: ({ row }) => row.original.name },
  { id: 'stock', header: 'Stock', ...sortedByPage, cell: ({ row }) => row.original.stock },
  { id: 'origin', header: 'Origin', cell: ({ row }) => row.original.origin },
];

const fruitName = (fruit: Fruit) => fruit.name;
const defaults: VisibilityState = { name: true, stock: true, origin: true };

/** A page that owns the sort, as a page's URL does, and sorts the rows itself. */
function SortedFruits() {
  const [sort, setSort] = useState<ColumnSort>({ id: 'name', desc: false });
  const key = sort.id as 'name' | 'stock';
  const rows = [...fruits].sort(
    (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (sort.desc ? -1 : 1),
  );
  return (
    <DataTable
      name="Fruits"
      rows={rows}
      columns={columns}
      rowId={fruitName}
      sort={sort}
      onSortChange={setSort}
    />
  );
}

/** The first cell of each row of the table so named, top to bottom. */
const firstColumnOf = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);
const firstColumn = () => firstColumnOf('Fruits');

/** The columns menu's button, once the table has drawn. */
const columnsButton = () => screen.findByRole('button', { name: 'Columns' });

describe('DataTable sorting', () => {
  it('sorts by a header pressed with the mouse, and says the order in aria-sort', async () => {
    const { user } = render(<SortedFruits />);
    const stock = await screen.findByRole('columnheader', { name: 'Stock' });
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(stock).toHaveAttribute('aria-sort', 'none');
    // A column the page cannot sort has no button and claims no order.
    const origin = screen.getByRole('columnheader', { name: 'Origin' });
    expect(origin).not.toHaveAttribute('aria-sort');
    expect(within(origin).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(stock).getByRole('button', { name: 'Stock' }));
    expect(stock).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');
    expect(firstColumn()).toEqual(['Cherry', 'Banana', 'Apple']);

    await user.click(within(stock).getByRole('button', { name: 'Stock' }));
    expect(stock).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['Apple', 'Banana', 'Cherry']);
  });

  it('sorts from the keyboard: Tab to a header, Enter or Space flips the order', async () => {
    const { user } = render(<SortedFruits />);
    const name = await screen.findByRole('columnheader', { name: 'Name' });
    await user.tab();
    expect(within(name).getByRole('button', { name: 'Name' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['Cherry', 'Banana', 'Apple']);

    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: 'Stock' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(firstColumn()).toEqual(['Cherry', 'Banana', 'Apple']);
  });
});

function ChoosableFruits() {
  return (
    <DataTable
      name="Fruits"
      rows={fruits}
      columns={columns}
      rowId={fruitName}
      columnsChoice={{ defaults }}
    />
  );
}

const headers = () =>
  within(screen.getByRole('table', { name: 'Fruits' }))
    .getAllByRole('columnheader')
    .map((header) => header.textContent);

describe('DataTable columns menu', () => {
  it('remembers the columns a person hides, across a remount, and only for them', async () => {
    const first = render(<ChoosableFruits />);
    // The choice is stored under the person's id, so it waits until the person is known.
    await waitFor(() => expect(first.queryClient.getQueryData(['me', 'current'])).toBeDefined());
    await first.user.click(await columnsButton());
    await first.user.click(await screen.findByRole('checkbox', { name: 'Origin' }));
    await waitFor(() => expect(headers()).toEqual(['Name', 'Stock']));
    first.unmount();

    const again = render(<ChoosableFruits />);
    await waitFor(() => expect(headers()).toEqual(['Name', 'Stock']));
    again.unmount();

    server.use(meAs('viewer'));
    const someoneElse = render(<ChoosableFruits />);
    await waitFor(() =>
      expect(someoneElse.queryClient.getQueryData(['me', 'current'])).toBeDefined(),
    );
    expect(headers()).toEqual(['Name', 'Stock', 'Origin']);
  });

  it('offers the Columns button with the rows, and opens the menu at the first click', async () => {
    const { user } = render(<ChoosableFruits />);
    expect(await screen.findByRole('cell', { name: 'Banana' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Columns' });
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // The menu's code arrives with this first input; the click that brought it opens it.
    await user.click(button);
    expect(await screen.findByRole('checkbox', { name: 'Origin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('opens from the keyboard, focus inside, and Escape gives focus back to the button', async () => {
    const { user } = render(<ChoosableFruits />);
    await screen.findByRole('cell', { name: 'Banana' });
    screen.getByRole('button', { name: 'Columns' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('checkbox', { name: 'Origin' });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Name' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Origin' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveFocus();
  });

  it('keeps at least one column', async () => {
    const { user } = render(<ChoosableFruits />);
    await user.click(await columnsButton());
    await user.click(await screen.findByRole('checkbox', { name: 'Origin' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stock' }));
    await user.click(screen.getByRole('checkbox', { name: 'Name' }));
    expect(headers()).toEqual(['Name']);
    expect(screen.getByRole('checkbox', { name: 'Name' })).toBeChecked();
  });
});

const crates = (answer: string, count: number): Fruit[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `${answer} crate ${i + 1}`,
    stock: i,
    origin: 'Spain',
  }));

/** A table in its own scrolling box, as the sessions page's, whose answer can be replaced. */
function BoxedCrates({ windowed = false }: { windowed?: boolean }) {
  const [answer, setAnswer] = useState('First');
  const [, setReads] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setAnswer('Second')}>
        Next answer
      </button>
      {/* The same sessions read again (auto-refresh): new objects, the same rows. */}
      <button type="button" onClick={() => setReads((reads) => reads + 1)}>
        Read again
      </button>
      <DataTable
        name="Crates"
        rows={crates(answer, 60)}
        columns={columns}
        rowId={fruitName}
        sort={{ id: 'name', desc: false }}
        onSortChange={() => undefined}
        fillWindow
        virtualize={windowed ? { rowHeight: 40, from: 25, fixed: true } : undefined}
      />
    </>
  );
}

const crateNames = () => firstColumnOf('Crates');

describe('DataTable in its own scrolling box', () => {
  it('draws a long answer’s first rows at once, windowed, with nothing else happening', async () => {
    render(<BoxedCrates windowed />);
    // Its box is drawn after the rows' first layout effects: the windowing must still find it
    // (it once waited for the next render, which only the columns menu's arrival brought).
    await waitFor(() => expect(crateNames().length).toBeGreaterThan(0));
    expect(crateNames().length).toBeLessThan(60);
    expect(crateNames()[0]).toBe('First crate 1');
    // It found its box: scrolled, it draws the rows there.
    const box = screen.getByRole('table', { name: 'Crates' }).parentElement!;
    box.scrollTop = 40 * 40;
    fireEvent.scroll(box);
    await waitFor(() => expect(crateNames()).toContain('First crate 45'));
    expect(crateNames()).not.toContain('First crate 1');
  });

  it('draws a long answer’s rows after the commit that puts the table in the page, not inside it', async () => {
    // A state set while React attaches refs (the box, the table) is drawn at once, inside the same
    // commit: the rows were one long task of a phone's start-up. Drawn as a transition, they come
    // after that commit, in slices. Rendered the way the app renders, outside the test's act().
    const act = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actBefore = act.IS_REACT_ACT_ENVIRONMENT;
    act.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    try {
      flushSync(() =>
        root.render(
          <MantineProvider env="test">
            <QueryClientProvider client={new QueryClient()}>
              <BoxedCrates windowed />
            </QueryClientProvider>
          </MantineProvider>,
        ),
      );
      const rows = () => within(container).getAllByRole('row');
      // All that commit drew: the header's row.
      expect(rows()).toHaveLength(1);
      await waitFor(() => expect(rows().length).toBeGreaterThan(1));
      expect(rows()[1]).toHaveTextContent('First crate 1');
    } finally {
      root.unmount();
      container.remove();
      act.IS_REACT_ACT_ENVIRONMENT = actBefore;
    }
  });

  it('draws every row of an answer, in order', async () => {
    render(<BoxedCrates />);
    await waitFor(() => expect(crateNames()).toHaveLength(60));
    expect(crateNames()).toEqual(crates('First', 60).map(fruitName));
  });

  it('draws a new answer’s rows, none of the last one’s', async () => {
    const { user } = render(<BoxedCrates />);
    await waitFor(() => expect(crateNames()).toHaveLength(60));
    await user.click(screen.getByRole('button', { name: 'Next answer' }));
    await waitFor(() => expect(crateNames()).toEqual(crates('Second', 60).map(fruitName)));
  });

  it('keeps every row drawn while the same list is read again, so its scroll position holds', async () => {
    const { user } = render(<BoxedCrates />);
    await waitFor(() => expect(crateNames()).toHaveLength(60));
    const body = screen.getByRole('table', { name: 'Crates' }).querySelector('tbody')!;
    let removed = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) removed += record.removedNodes.length;
    });
    observer.observe(body, { childList: true });
    await user.click(screen.getByRole('button', { name: 'Read again' }));
    await waitFor(() => expect(crateNames()).toHaveLength(60));
    observer.disconnect();
    // A row taken out and put back would have shortened the box under the person's scroll.
    expect(removed).toBe(0);
  });
});
