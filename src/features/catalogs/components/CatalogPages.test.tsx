import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogHandlers, catalogServiceBase } from '../../../testing/catalog-fixtures.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import { saveRollout, type RolloutRecord } from '../rollout-store.ts';

beforeEach(() => server.use(...catalogHandlers));

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Catalogs' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('catalog list', () => {
  it('shows state in words, image, sessions, machines and warnings; search and sort live in the URL', async () => {
    const { user, router } = render(undefined, { route: '/catalogs?sort=machines&dir=desc' });
    await screen.findByRole('table', { name: 'Catalogs' });
    expect(rowNames()).toEqual(['HR Dedicated', 'Finance Shared', 'Sales Shared']);
    expect(screen.getByText('Input required')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Machines' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await user.type(screen.getByRole('textbox', { name: 'Search catalogs' }), 'dedicated');
    await waitFor(() => expect(rowNames()).toEqual(['HR Dedicated']));
    expect(router.state.location.search).toBe('?q=dedicated&sort=machines&dir=desc');

    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(router.state.location.search).toBe('?q=dedicated');
  });

  it('says what failed when the catalogs cannot be loaded', async () => {
    server.use(
      http.get(`${catalogServiceBase}/catalogs`, () =>
        HttpResponse.json({ message: 'Access denied' }, { status: 403 }),
      ),
    );
    render(undefined, { route: '/catalogs' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the catalogs');
  });
});

const finishedRollout: RolloutRecord = {
  id: '0b6f8f8e-1111-4222-8333-944445555666',
  customerId: 'simcust01',
  siteId: '6f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10',
  catalogId: 'cat-active',
  catalogName: 'Finance Shared',
  location: `${catalogServiceBase}/catalogs/cat-active/updateStatus`,
  imageId: 'img-current',
  imageName: 'Finance Server 2025-09 #1',
  previousImageId: 'img-old',
  previousImageName: 'Windows Server 2019 with VDA 2203',
  vdaUpdateDelay: 30,
  warningTitle: null,
  warningMessage: null,
  submittedAt: '2026-11-24T09:00:00.000Z',
  transactionId: 'tx-1',
  outcome: {
    result: 'succeeded',
    state: 'Active',
    subState: null,
    statusMessage: null,
    finishedAt: '2026-11-24T09:03:00.000Z',
  },
};

describe('catalog page', () => {
  it('groups the fields, links the current image to the gallery, and lists this browser’s rollouts with a revert', async () => {
    saveRollout(finishedRollout);
    const { user, router } = render(undefined, { route: '/catalogs/cat-active' });
    await screen.findByRole('heading', { level: 1, name: 'Finance Shared' });
    for (const group of ['Overview', 'Image', 'Capacity', 'Network and domain', 'Warnings']) {
      expect(screen.getByRole('heading', { name: group })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Finance Server 2025-09 #1' })).toHaveAttribute(
      'href',
      '/images/citrix/img-current',
    );
    const history = screen.getByRole('table', { name: 'Rollout history' });
    expect(within(history).getByText('Finished')).toBeInTheDocument();
    await user.click(within(history).getByRole('link', { name: 'Revert to previous image' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rollouts/new'));
    expect(router.state.location.search).toBe('?catalog=cat-active&image=img-old');
  });
});

describe('operations indicator', () => {
  it('resumes tracking a remembered rollout after a reload and records how it ended', async () => {
    let polls = 0;
    server.use(
      http.get(`${catalogServiceBase}/catalogs/cat-active/updateStatus`, () => {
        polls += 1;
        return HttpResponse.json({ state: 'Active', subState: null });
      }),
    );
    saveRollout({ ...finishedRollout, outcome: undefined });
    const { user } = render(undefined, { route: '/settings' });
    await screen.findByText('Finance Shared: Image updated; the catalog is active');
    expect(polls).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /Operations/ }));
    expect(await screen.findByText(/Finished · started/)).toBeInTheDocument();
  });
});
