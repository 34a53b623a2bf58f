import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../testing/render.tsx';
import { Facts } from './Facts.tsx';

describe('Facts', () => {
  it('names its section by its heading and pairs each label with its value in a row', async () => {
    render(
      <Facts
        title="Overview"
        facts={[
          { label: 'Region', value: 'eastus' },
          { label: 'Machines', value: 12 },
        ]}
      />,
    );

    const section = await screen.findByRole('region', { name: 'Overview' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    const table = within(section).getByRole('table', { name: 'Overview' });
    expect(within(table).getByRole('row', { name: 'Region eastus' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Machines' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '12' })).toBeInTheDocument();
  });

  it('shows a dash for an empty or missing value instead of dropping the row', async () => {
    render(
      <Facts
        title="Details"
        label="Image details"
        headingOrder={3}
        facts={[
          { label: 'Notes', value: '' },
          { label: 'Owner', value: null },
          { label: 'Zero', value: 0 },
        ]}
      />,
    );

    const table = await screen.findByRole('table', { name: 'Image details' });
    expect(within(table).getByRole('row', { name: 'Notes —' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Owner —' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Zero 0' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Details' })).toBeVisible();
  });

  it('copies a value that has copy text, and offers no copy for the others', async () => {
    const { user } = render(
      <Facts
        title="Connection"
        framed={false}
        facts={[
          { label: 'Customer ID', value: 'acme01', copy: 'acme01' },
          { label: 'Customer name', value: 'Acme' },
        ]}
      />,
    );

    await user.click(await screen.findByRole('button', { name: 'Copy Customer ID' }));

    expect(await screen.findByRole('button', { name: 'Copied Customer ID' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('acme01');
    expect(screen.queryByRole('button', { name: 'Copy Customer name' })).not.toBeInTheDocument();
  });

  it('shows a code in words with the code itself on hover, and a dash when none was sent', async () => {
    render(
      <Facts
        title="Connection"
        facts={[
          { label: 'Protocol', value: { words: 'HDX', code: 'Hdx' } },
          { label: 'Mode', value: null },
        ]}
      />,
    );

    const table = await screen.findByRole('table', { name: 'Connection' });
    expect(within(table).getByRole('row', { name: 'Protocol HDX' })).toBeInTheDocument();
    expect(within(table).getByTitle('Code: Hdx')).toHaveTextContent('HDX');
    expect(within(table).getByRole('row', { name: 'Mode —' })).toBeInTheDocument();
  });
});
