import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  activeCatalog,
  catalogHandlers,
  catalogServiceBase,
} from '../../../testing/catalog-fixtures.ts';
import { meAs } from '../../../testing/handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import { operationQueries } from '../../../api/console/operations.ts';
import {
  blakeAdmin,
  operationHandlers,
  rolloutOperation,
} from '../../../testing/operation-fixtures.ts';

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
    const hr = screen.getByRole('row', { name: /^HR Dedicated/ });
    expect(within(hr).getByTitle('Code: SingleSession')).toHaveTextContent('Single-session');
    expect(within(hr).getByTitle('Code: eastus')).toHaveTextContent('East US');
    expect(screen.getByRole('columnheader', { name: 'Machines' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await user.type(screen.getByRole('textbox', { name: 'Search catalogs' }), 'dedicated');
    await waitFor(() => expect(rowNames()).toEqual(['HR Dedicated']));
    // The list follows each key; the URL takes the text once typing pauses.
    await waitFor(() =>
      expect(router.state.location.search).toBe('?q=dedicated&sort=machines&dir=desc'),
    );

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

const finishedByAvery = rolloutOperation({
  id: 'op-finished',
  state: 'succeeded',
  finishedAt: '2026-11-24T09:03:00.000Z',
  rollout: {
    imageId: 'img-current',
    imageName: 'Finance Server 2025-09 #1',
    previousImageId: 'img-old',
    previousImageName: 'Windows Server 2019 with VDA 2203',
  },
});
const runningByBlake = rolloutOperation({
  id: 'op-running',
  startedBy: blakeAdmin,
  startedAt: '2026-11-24T10:00:00.000Z',
});
const otherCatalogs = rolloutOperation({
  id: 'op-elsewhere',
  startedBy: blakeAdmin,
  rollout: { catalogId: 'cat-input', catalogName: 'HR Dedicated' },
});

describe('catalog page', () => {
  it('groups the fields, links the current image and the audit history, and lists everyone’s rollouts with who started them', async () => {
    server.use(...operationHandlers(() => [runningByBlake, otherCatalogs, finishedByAvery]));
    const { user, router } = render(undefined, { route: '/catalogs/cat-active' });
    await screen.findByRole('heading', { level: 1, name: 'Finance Shared' });
    for (const group of ['Overview', 'Image', 'Capacity', 'Network and domain', 'Warnings']) {
      expect(screen.getByRole('heading', { name: group })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Finance Server 2025-09 #1' })).toHaveAttribute(
      'href',
      '/images/citrix/img-current',
    );
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute(
      'href',
      '/audit?target=cat-active',
    );

    const history = await screen.findByRole('table', { name: 'Rollout history' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2); // HR Dedicated's rollout is not this catalog's
    expect(rows[0]).toHaveTextContent('Blake Builder');
    expect(rows[0]).toHaveTextContent('In progress');
    expect(rows[1]).toHaveTextContent('Avery Admin');
    expect(rows[1]).toHaveTextContent('Finished');

    await user.click(within(rows[1]!).getByRole('link', { name: 'Revert to previous image' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/rollouts/new'));
    expect(router.state.location.search).toBe('?catalog=cat-active&image=img-old');
  });

  it('shows a value the service sends as "" like one it leaves out or sends as null', async () => {
    server.use(
      ...operationHandlers(() => []),
      http.get(`${catalogServiceBase}/catalogs/cat-blank`, () =>
        HttpResponse.json({
          ...activeCatalog,
          id: 'cat-blank',
          sessionSupport: '',
          templateImageName: '',
          templateImageOs: '',
          subState: '',
          statusMessage: '',
          // The catalog service spec's own CatalogWarning example.
          warnings: [
            { isError: true, warningMessage: 'warningMessage', isDismissible: true, type: '' },
          ],
        }),
      ),
    );
    render(undefined, { route: '/catalogs/cat-blank' });
    await screen.findByRole('heading', { level: 1, name: 'Finance Shared' });
    expect(screen.getByRole('row', { name: /^Session support/ })).toHaveTextContent(
      'Session supportNot reported',
    );
    // No image name: the link is named by the image ID instead of by nothing.
    expect(screen.getByRole('link', { name: 'img-current' })).toHaveAttribute(
      'href',
      '/images/citrix/img-current',
    );
    expect(screen.getByRole('alert', { name: 'Warning' })).toHaveTextContent('warningMessage');
  });

  it('shows catalog type, allocation, sub-state and warning types in words, with the codes on hover', async () => {
    server.use(
      ...operationHandlers(() => []),
      http.get(`${catalogServiceBase}/catalogs/cat-entra`, () =>
        HttpResponse.json({
          ...activeCatalog,
          id: 'cat-entra',
          state: 'InputRequired',
          subState: 'PendingVdaUpdate',
          catalogType: 'CustomerAzureAdJoined',
          allocationType: 'Random',
          warnings: [
            {
              type: 'AppsRequired',
              isDismissible: false,
              warningMessage: 'You must assign at least one user and one application',
              isError: false,
            },
            { type: 'BrandNewWarning', isDismissible: true, warningMessage: 'New', isError: false },
          ],
        }),
      ),
    );
    render(undefined, { route: '/catalogs/cat-entra' });
    await screen.findByRole('heading', { level: 1, name: 'Finance Shared' });

    const overview = screen.getByRole('table', { name: 'Overview' });
    const catalogType = within(overview).getByTitle('Code: CustomerAzureAdJoined');
    expect(catalogType).toHaveTextContent('Joined to your Microsoft Entra ID (Azure AD)');
    expect(within(overview).getByTitle('Code: Random')).toHaveTextContent(/^Random/);
    expect(within(overview).getByTitle('Code: PendingVdaUpdate')).toHaveTextContent(
      'Waiting for machines to restart on the new image',
    );
    expect(within(overview).getByTitle('Code: MultiSession')).toHaveTextContent('Multi-session');
    const network = screen.getByRole('table', { name: 'Network and domain' });
    expect(within(network).getByTitle('Code: eastus')).toHaveTextContent('East US');

    const apps = screen.getByRole('alert', { name: 'Applications required' });
    expect(within(apps).getByTitle('Code: AppsRequired')).toHaveTextContent(
      'Applications required',
    );
    // A warning type the console does not know yet is shown as sent, never left blank.
    expect(screen.getByRole('alert', { name: 'Brand new warning' })).toHaveTextContent('New');
    expect(document.body).not.toHaveTextContent(/CustomerAzureAdJoined|AppsRequired/);
  });

  it('says a catalog in Error failed its last operation, not that it has no warnings', async () => {
    server.use(
      ...operationHandlers(() => []),
      http.get(`${catalogServiceBase}/catalogs/cat-failed`, () =>
        HttpResponse.json({
          ...activeCatalog,
          id: 'cat-failed',
          state: 'Error',
          subState: 'ErrorMasterImageVerificationFailed',
          warnings: [],
        }),
      ),
    );
    render(undefined, { route: '/catalogs/cat-failed' });
    await screen.findByRole('heading', { level: 1, name: 'Finance Shared' });

    const failure = screen.getByRole('alert', { name: 'The catalog’s last operation failed' });
    expect(failure).toHaveTextContent('The new master image failed verification');
    expect(screen.queryByText('No warnings.')).toBeNull();
  });

  it('says a catalog the address names does not exist, with the way back, like a missing image', async () => {
    const { user, router } = render(undefined, { route: '/catalogs/no-such-catalog' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Catalog not found' }),
    ).toBeVisible();
    expect(screen.getByText(/There is no catalog with ID no-such-catalog/)).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the catalogs' }));
    expect(router.state.location.pathname).toBe('/catalogs');
  });

  it('keeps Update image and revert visible but disabled for a role that cannot roll out, saying why', async () => {
    server.use(meAs('viewer'), ...operationHandlers(() => [finishedByAvery]));
    const { user, router } = render(undefined, { route: '/catalogs/cat-active' });
    const reason = 'Your role, viewer, cannot start image rollouts.';
    const update = await screen.findByRole('button', { name: 'Update image', description: reason });
    expect(update).toHaveAttribute('aria-disabled', 'true');
    const revert = await screen.findByRole('button', {
      name: 'Revert to previous image',
      description: reason,
    });
    await user.click(revert);
    await user.click(update);
    expect(router.state.location.pathname).toBe('/catalogs/cat-active');
    expect(
      screen.queryByRole('link', { name: 'Revert to previous image' }),
    ).not.toBeInTheDocument();
  });
});

describe('operations indicator', () => {
  it('shows another person’s running rollout, and says once when each ends', async () => {
    let operations = [runningByBlake, otherCatalogs];
    server.use(...operationHandlers(() => operations));
    const { user, queryClient } = render(undefined, { route: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Operations: 2 in progress' }));
    expect(
      await screen.findByRole('link', { name: 'Finance Shared → Finance Server 2025-11 #7' }),
    ).toHaveAttribute('href', '/rollouts/op-running');
    expect(screen.getAllByText(/In progress · by Blake Builder · started/)).toHaveLength(2);

    // Each invalidation stands for the list's next poll, so the test does not wait five seconds.
    const poll = () => queryClient.invalidateQueries({ queryKey: operationQueries.lists() });
    const finished = { finishedAt: '2026-11-24T10:20:00.000Z' };
    operations = [{ ...runningByBlake, ...finished, state: 'succeeded' }, otherCatalogs];
    await poll();
    const done = 'Finance Shared: Image updated; the catalog is active';
    expect(await screen.findByText(done)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Operations: 1 in progress' })).toBeInTheDocument();

    operations = [operations[0]!, { ...otherCatalogs, ...finished, state: 'failed' }];
    await poll();
    expect(await screen.findByText('HR Dedicated: The image update failed')).toBeInTheDocument();
    // The first ending, seen again, is not news.
    expect(screen.getAllByText(done)).toHaveLength(1);
  });
});
