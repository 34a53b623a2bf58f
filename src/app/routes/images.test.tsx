import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { citrixListHandler } from '../../testing/image-fixtures.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';

async function renderGallery(route = '/images') {
  const requests: URL[] = [];
  server.use(citrixListHandler(undefined, requests));
  const rendered = render(undefined, { route });
  await screen.findByRole('heading', { level: 1, name: 'Images' });
  return { ...rendered, requests };
}

const cardNames = () =>
  within(screen.getByRole('list', { name: 'Images' }))
    .getAllByRole('article')
    .map((card) => card.getAttribute('aria-label'));

describe('Image gallery, Citrix DaaS', () => {
  it('shows each image as a card with state, flags, VDA, region and catalog count', async () => {
    await renderGallery();
    const finance = await screen.findByRole('article', { name: 'Finance Desktop 2026-01' });
    expect(finance).toHaveTextContent('Ready');
    expect(finance).toHaveTextContent('Windows 11 Enterprise');
    expect(finance).toHaveTextContent('VDA 2411.0.200');
    expect(finance).toHaveTextContent('Region East US');
    expect(finance).toHaveTextContent('Used by 2 catalogs');
    const sales = screen.getByRole('article', { name: 'Sales Server 2025-11' });
    expect(sales).toHaveTextContent('Failed');
    expect(sales).toHaveTextContent('The Virtual Delivery Agent (VDA) was not found');
    const prepared = screen.getByRole('article', { name: /with VDA 2203/ });
    expect(prepared).toHaveTextContent('Citrix prepared');
    expect(prepared).toHaveTextContent('Deprecated');
    expect(screen.getByRole('progressbar', { name: /HR Desktop 2026-02/ })).toBeInTheDocument();
  });

  it('searches and filters by state in the browser, without asking the API again', async () => {
    const { user, router, requests } = await renderGallery();
    await screen.findByRole('article', { name: 'Finance Desktop 2026-01' });
    const asked = requests.length;

    await user.type(screen.getByRole('textbox', { name: 'Search images' }), 'desktop');
    // The list re-renders after each keystroke, not always within the same tick (seen on a busy machine).
    await waitFor(() =>
      expect(cardNames()).toEqual(['HR Desktop 2026-02', 'Finance Desktop 2026-01']),
    );
    // The URL follows once typing pauses.
    await waitFor(() => expect(router.state.location.search).toBe('?q=desktop'));

    await user.click(screen.getByRole('combobox', { name: 'State' }));
    await user.click(await screen.findByRole('option', { name: 'In progress' }));
    await waitFor(() => expect(cardNames()).toEqual(['HR Desktop 2026-02']));
    expect(router.state.location.search).toBe('?q=desktop&state=in-progress');
    // The list polls while an image is in progress, so a slow run may ask again; what matters is
    // that neither the search nor the state filter was sent to the API.
    expect(requests.slice(asked).map((request) => request.search)).toEqual(
      requests.slice(asked).map(() => requests[asked - 1]!.search),
    );
  });

  it('opens the view a shared link describes, and Back restores the previous one', async () => {
    const { user, router } = await renderGallery('/images?state=failed&view=table&sort=name');
    const table = await screen.findByRole('table', { name: 'Images' });
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Sales Server 2025-11']);
    await user.click(screen.getByRole('radio', { name: 'Cards' }));
    expect(
      await screen.findByRole('article', { name: 'Sales Server 2025-11' }),
    ).toBeInTheDocument();
    await router.navigate(-1);
    expect(await screen.findByRole('table', { name: 'Images' })).toBeInTheDocument();
  });

  it('shows session support in words in the table, with the code on hover', async () => {
    await renderGallery('/images?view=table&sort=name');
    const table = await screen.findByRole('table', { name: 'Images' });
    const finance = within(table).getByRole('row', { name: /^Finance Desktop 2026-01/ });
    expect(within(finance).getByTitle('Code: SingleSession')).toHaveTextContent('Single-session');
    expect(table).not.toHaveTextContent(/SingleSession|MultiSession/);
  });

  it('sorts the table from its headers, writing the same sort the toolbar does', async () => {
    const { user, router } = await renderGallery('/images?view=table');
    const table = await screen.findByRole('table', { name: 'Images' });
    const name = within(table).getByRole('columnheader', { name: 'Name' });
    // Newest first has no column: no header claims the order.
    expect(name).toHaveAttribute('aria-sort', 'none');
    await user.click(within(name).getByRole('button', { name: 'Name' }));
    expect(router.state.location.search).toBe('?view=table&sort=name');
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveDisplayValue('Name');
    const rowNames = () =>
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent);
    expect(rowNames()).toEqual([...rowNames()].sort((a, b) => a!.localeCompare(b!)));
    // As in the catalogs table: pressing the sorted header again reverses it.
    await user.click(within(name).getByRole('button', { name: 'Name' }));
    expect(router.state.location.search).toBe('?view=table&sort=name&dir=desc');
    expect(name).toHaveAttribute('aria-sort', 'descending');
  });

  it('falls back to defaults for malformed values in the URL', async () => {
    await renderGallery('/images?provider=azure&view=grid&sort=biggest&state=broken&show=all');
    expect(
      await screen.findByRole('article', { name: 'Finance Desktop 2026-01' }),
    ).toBeInTheDocument();
    // No provider, state or quick view applied: every image, as cards.
    expect(await screen.findByText('Showing 4 of 4 images')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cards' })).toBeChecked();
  });

  it('hides deprecated images, or shows only them, and an old ticket’s ?deprecated=hide still works', async () => {
    const { user, router } = await renderGallery('/images?deprecated=hide');
    await screen.findByRole('article', { name: 'Finance Desktop 2026-01' });
    expect(cardNames()).not.toContain('Windows 10 Enterprise with VDA 2203.0.4000');
    expect(screen.getByText('Showing 3 of 4 images')).toBeInTheDocument();
    const deprecated = screen.getByRole('combobox', { name: 'Deprecated images' });
    expect(deprecated).toHaveValue('Hide deprecated');

    await user.click(deprecated);
    await user.click(await screen.findByRole('option', { name: 'Only deprecated' }));
    await waitFor(() =>
      expect(cardNames()).toEqual(['Windows 10 Enterprise with VDA 2203.0.4000']),
    );
    expect(router.state.location.search).toBe('?deprecated=only');
  });

  it('filters by who prepared the image: the organisation or Citrix', async () => {
    const { user, router } = await renderGallery();
    await screen.findByRole('article', { name: 'Finance Desktop 2026-01' });
    await user.click(screen.getByRole('combobox', { name: 'Prepared by' }));
    await user.click(await screen.findByRole('option', { name: 'Citrix' }));
    await waitFor(() =>
      expect(cardNames()).toEqual(['Windows 10 Enterprise with VDA 2203.0.4000']),
    );
    expect(router.state.location.search).toBe('?source=citrix');
    await router.navigate('/images?source=customer');
    await waitFor(() => expect(cardNames()).toHaveLength(3));
    expect(cardNames()).not.toContain('Windows 10 Enterprise with VDA 2203.0.4000');
  });

  it('says so when nothing matches, and clears the filters', async () => {
    const { user } = await renderGallery('/images?q=nothing-like-this');
    expect(await screen.findByText('No images match')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(
      await screen.findByRole('article', { name: 'Finance Desktop 2026-01' }),
    ).toBeInTheDocument();
  });
});
