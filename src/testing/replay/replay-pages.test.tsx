/**
 * The replay corpus (tests/replay/fixtures) served by MSW exactly as the documents print it, through
 * the console's pages: what an administrator sees of each real shape.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../contracts/identity-api.ts';
import { operationHandlers, rolloutOperation } from '../operation-fixtures.ts';
import { catalogHandlers, catalogServiceBase } from '../catalog-fixtures.ts';
import { citrixImagesPath, rackspaceImagesPath } from '../image-fixtures.ts';
import { server } from '../msw-server.ts';
import { render } from '../render.tsx';
import { catalogListHandler, searchUrl } from '../session-fixtures.ts';
import {
  catalogDocExample,
  catalogStatusOverviews,
} from '../../../tests/replay/fixtures/catalog-service.ts';
import {
  seed000ImageDetails,
  seed000ImageList,
} from '../../../tests/replay/fixtures/citrix-images.ts';
import {
  novaImagesDetailSample,
  novaNullRamdiskImage,
  rackspaceDfwPage,
  seed004Image,
} from '../../../tests/replay/fixtures/rackspace-images.ts';
import { seed003Session, seed003SessionsPage } from '../../../tests/replay/fixtures/sessions.ts';

const articleNames = () =>
  within(screen.getByRole('list', { name: 'Images' }))
    .getAllByRole('article')
    .map((card) => card.getAttribute('aria-label'));

describe('replay: Citrix images (seed 000)', () => {
  it('shows both images of the list as cards, an empty region as none', async () => {
    server.use(http.get(citrixImagesPath, () => HttpResponse.json(seed000ImageList)));
    render(undefined, { route: '/images' });
    const builder = await screen.findByRole('article', { name: '0409-build -2016' });
    expect(builder).toHaveTextContent('Builder stopped');
    expect(builder).toHaveTextContent('Microsoft Windows Server 2016 Datacenter');
    expect(builder).toHaveTextContent('Region West US');
    const prepared = screen.getByRole('article', { name: 'Windows 10 RS4 Pro with VDA 7.18' });
    expect(prepared).toHaveTextContent('Citrix prepared');
    expect(prepared).toHaveTextContent('Deprecated');
    expect(prepared).not.toHaveTextContent('Region');
  });

  it.each(seed000ImageDetails.map((detail) => [detail.name, detail] as const))(
    'shows the detail of %s with no blank row',
    async (_name, detail) => {
      server.use(http.get(`${citrixImagesPath}/:imageId`, () => HttpResponse.json(detail)));
      render(undefined, { route: `/images/citrix/${detail.id}` });
      expect(
        await screen.findByRole('heading', { level: 1, name: detail.name }),
      ).toBeInTheDocument();
      expect(
        screen.getByText(`Citrix DaaS master image · ${detail.osName ?? 'unknown OS'}`),
      ).toBeInTheDocument();
      const fields = screen.getByRole('table', { name: 'Image details' });
      for (const label of ['Status', 'Extra information']) {
        expect(within(fields).getByRole('row', { name: `${label} —` })).toBeInTheDocument();
      }
      for (const cell of within(fields).getAllByRole('cell')) expect(cell.textContent).not.toBe('');
      expect(screen.getByText('No catalog uses this image yet.')).toBeInTheDocument();
    },
  );
});

describe('replay: Rackspace images', () => {
  it('shows the DFW page, every field form, as cards and as a table', async () => {
    server.use(
      http.get(`${rackspaceImagesPath}/detail`, () => HttpResponse.json(rackspaceDfwPage)),
    );
    const { user } = render(undefined, { route: '/images?provider=rackspace' });
    await screen.findByRole('article', { name: 'Debian Unstable (Sid) (PVHVM)' });
    expect(articleNames().sort()).toEqual(
      rackspaceDfwPage.images.map((image) => image.name).sort(),
    );
    expect(
      screen.getByRole('article', { name: 'Ubuntu 14.04 LTS (Trusty Tahr) (PVHVM)' }),
    ).toHaveTextContent('Ubuntu 14.04 · Base image');
    expect(
      screen.getByRole('progressbar', { name: 'Daily-web01-1426012517: 50% done' }),
    ).toBeInTheDocument();
    const failed = screen.getByRole('article', { name: 'web02-before-upgrade' });
    expect(failed).toHaveTextContent('Failed');
    expect(failed).not.toHaveTextContent(/Snapshot|Base image|null/);

    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: 'Images' });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(5);
  });

  it('shows Nova’s published sample, string sizes and a null ramdisk_id included', async () => {
    server.use(
      http.get(`${rackspaceImagesPath}/detail`, () => HttpResponse.json(novaImagesDetailSample)),
    );
    render(undefined, { route: '/images?provider=rackspace' });
    await screen.findByRole('article', { name: 'fakeimage7' });
    expect(articleNames().sort()).toEqual(
      novaImagesDetailSample.images.map((image) => image.name).sort(),
    );
  });

  it.each([
    ['seed 004’s image', seed004Image, '989 MB', 'auto_disk_config disabled'],
    [
      'Nova’s image with a null ramdisk_id',
      novaNullRamdiskImage,
      '71 MB',
      'kernel_id 155d900f-4e14-4e4c-a73d-069cbf4541e6',
    ],
  ])('shows %s in detail, its size in MB', async (_name, image, size, metadataRow) => {
    server.use(http.get(`${rackspaceImagesPath}/:id`, () => HttpResponse.json({ image })));
    render(undefined, { route: `/images/rackspace/${image.id}` });
    expect(await screen.findByRole('heading', { level: 1, name: image.name })).toBeInTheDocument();
    const fields = screen.getByRole('table', { name: 'Image details' });
    expect(within(fields).getByRole('row', { name: `Size ${size}` })).toBeInTheDocument();
    const metadata = screen.getByRole('table', { name: 'Image metadata' });
    expect(within(metadata).getByRole('row', { name: metadataRow })).toBeInTheDocument();
    expect(within(metadata).queryByRole('row', { name: /^ramdisk_id/ })).toBeNull();
  });
});

describe('replay: sessions (seed 003)', () => {
  it('shows the session with its nulls in the table and in its details', async () => {
    server.use(
      catalogListHandler,
      http.post(searchUrl, () => HttpResponse.json(seed003SessionsPage)),
      http.get('*/api/cvad/manage/Sessions/:id', () => HttpResponse.json(seed003Session)),
    );
    const { user } = render(undefined, { route: '/sessions' });
    const table = await screen.findByRole('table', { name: 'Sessions' });
    const link = await within(table).findByRole('link', { name: 'DevUser1' });
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('HTLABS04\\DevUser1');
    expect(row).toHaveTextContent('Disconnected');
    expect(row).toHaveTextContent('HTLABS04\\Sales-B03');
    expect(row).toHaveTextContent('Sales');
    // Client.Name is "": a dash, with the address under it.
    expect(row).toHaveTextContent('—10.107.1.120');
    expect(row).not.toHaveTextContent('null');

    await user.click(link);
    const drawer = await screen.findByRole('dialog', { name: 'Session of DevUser1' });
    expect(await within(drawer).findByRole('region', { name: 'Client' })).toHaveTextContent(
      'Name—Address10.107.1.120',
    );
    expect(within(drawer).getByRole('region', { name: 'Connection' })).toHaveTextContent(
      'Connected via10.107.1.34',
    );
    expect(within(drawer).getByRole('region', { name: 'Machine' })).toHaveTextContent(
      'Zonehtlabs04-EastUs',
    );
    expect(within(drawer).getByRole('region', { name: 'Applications in use' })).toHaveTextContent(
      'WorkingApp_1',
    );
    expect(drawer).not.toHaveTextContent('null');
  });
});

describe('replay: catalog detail and update status', () => {
  it('shows the documented catalog: state, warning, and its "" fields as not reported', async () => {
    // First: MSW tries handlers in the order given, and catalogHandlers answer 404 for this ID.
    server.use(
      http.get(`${catalogServiceBase}/catalogs/:catalogId`, () =>
        HttpResponse.json(catalogDocExample),
      ),
      ...catalogHandlers,
      ...operationHandlers(() => []),
    );
    render(undefined, { route: `/catalogs/${catalogDocExample.id}` });
    await screen.findByRole('heading', { level: 1, name: 'Aneesh Catalog' });
    expect(screen.getAllByText('Input required').length).toBeGreaterThan(0);
    expect(screen.getByRole('alert', { name: 'Applications required' })).toHaveTextContent(
      'You must assign at least one user and one application',
    );
    expect(screen.getByRole('link', { name: 'Test' })).toHaveAttribute(
      'href',
      `/images/citrix/${catalogDocExample.imageId}`,
    );
    expect(screen.getByRole('row', { name: /^Operating system/ })).toHaveTextContent(
      'Operating system—',
    );
  });

  const reading = (body: (typeof catalogStatusOverviews)[keyof typeof catalogStatusOverviews]) => ({
    state: body.state,
    subState: body.subState,
    statusMessage: null,
    percent: null,
    raw: body,
    readAt: '2017-08-03T21:00:00.000Z',
  });

  it.each([
    [
      'processing',
      'running',
      'Updating the catalog image',
      'Updating the machines to the new image',
    ],
    ['active', 'succeeded', 'Image updated; the catalog is active', 'warningMessage'],
    ['error', 'failed', 'The image update failed', 'The new master image failed verification'],
  ] as const)(
    'shows the %s CatalogStatusOverview a rollout last read',
    async (name, state, headline, detail) => {
      const operation: Operation = rolloutOperation({
        state,
        progress: reading(catalogStatusOverviews[name]),
      });
      server.use(...catalogHandlers, ...operationHandlers(() => [operation]));
      render(undefined, { route: `/rollouts/${operation.id}` });
      expect(await screen.findByText(headline)).toHaveRole('status');
      expect(screen.getByText(detail)).toBeInTheDocument();
    },
  );
});
