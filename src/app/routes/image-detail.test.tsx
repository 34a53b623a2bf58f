import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  citrixImages,
  citrixImagesPath,
  rackspaceImage,
  rackspaceImagesPath,
} from '../../testing/image-fixtures.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';

const [finance, sales] = citrixImages;

function serveCitrixDetail() {
  server.use(
    http.get(`${citrixImagesPath}/:imageId`, ({ params }) => {
      const image = citrixImages.find((candidate) => candidate.id === params.imageId);
      if (!image) return HttpResponse.json({ message: 'Image was not found' }, { status: 404 });
      const catalogs = image.linkedCatalogsNames.map((name, i) => ({
        catalogId: `cat-${i + 1}`,
        catalogName: name,
        state: 'Active',
        azureSubscription: 'VDI-Production',
      }));
      return HttpResponse.json({ ...image, catalogs, applications: [] });
    }),
  );
}

describe('Image detail', () => {
  it('shows a Ready Citrix image with its catalogs as links, copy buttons and the rollout action', async () => {
    serveCitrixDetail();
    const { user } = render(undefined, { route: `/images/citrix/${finance!.id}` });

    expect(
      await screen.findByRole('heading', { level: 1, name: finance!.name }),
    ).toBeInTheDocument();
    const catalogs = screen.getByRole('region', { name: 'Catalogs using this image (2)' });
    expect(within(catalogs).getByRole('link', { name: 'Finance Dedicated' })).toHaveAttribute(
      'href',
      '/catalogs/cat-1',
    );
    expect(screen.getByRole('link', { name: 'Roll out to catalog' })).toHaveAttribute(
      'href',
      `/rollouts/new?image=${finance!.id}`,
    );
    const fields = screen.getByRole('table', { name: 'Image details' });
    expect(fields).toHaveTextContent('VDA version2411.0.200');
    expect(within(fields).getByTitle(`Code: ${finance!.region}`)).toHaveTextContent('East US');
    await user.click(screen.getByRole('button', { name: 'Copy Transaction ID' }));
    expect(await navigator.clipboard.readText()).toBe(finance!.transactionId);
  });

  it('shows a Citrix image whose text fields are "" as it shows fields not reported', async () => {
    // As seed 000 sends a Ready image: `"status": ""`, `"extraInfo": ""`; here the OS too.
    const image = { ...finance!, status: '', extraInfo: '', subState: '', osName: '', region: '' };
    server.use(
      http.get(`${citrixImagesPath}/:imageId`, () =>
        HttpResponse.json({ ...image, catalogs: [], applications: [] }),
      ),
    );
    render(undefined, { route: `/images/citrix/${image.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: image.name })).toBeInTheDocument();
    expect(screen.getByText('Citrix DaaS master image · unknown OS')).toBeInTheDocument();
    const fields = screen.getByRole('table', { name: 'Image details' });
    for (const label of ['Sub-state', 'Status', 'Extra information', 'Region']) {
      expect(within(fields).getByRole('row', { name: `${label} —` })).toBeInTheDocument();
    }
  });

  it('shows a Citrix image’s codes in words, with each code on hover for a support ticket', async () => {
    const image = {
      ...sales!,
      state: 'Failed',
      subState: 'ErrorBuilderNoQuota',
      osPlatform: 'Windows',
      sessionSupport: 'MultiSession',
    };
    server.use(
      http.get(`${citrixImagesPath}/:imageId`, () =>
        HttpResponse.json({
          ...image,
          catalogs: [
            { catalogId: 'cat-input', catalogName: 'HR Dedicated', state: 'InputRequired' },
          ],
          applications: [],
        }),
      ),
    );
    render(undefined, { route: `/images/citrix/${image.id}` });

    await screen.findByRole('heading', { level: 1, name: image.name });
    const catalogs = screen.getByRole('region', { name: 'Catalogs using this image (1)' });
    expect(within(catalogs).getByTitle('Code: InputRequired')).toHaveTextContent('Input required');
    const fields = screen.getByRole('table', { name: 'Image details' });
    expect(within(fields).getByTitle('Code: ErrorBuilderNoQuota')).toHaveTextContent(
      'No quota left in the Azure subscription to build the image',
    );
    expect(within(fields).getByTitle('Code: MultiSession')).toHaveTextContent('Multi-session');
    expect(within(fields).getByTitle('Code: Failed')).toHaveTextContent('Failed');
    expect(fields).not.toHaveTextContent(/ErrorBuilderNoQuota|MultiSession/);
  });

  it('explains why an image that is not Ready cannot be rolled out', async () => {
    serveCitrixDetail();
    render(undefined, { route: `/images/citrix/${sales!.id}` });

    const reason = await screen.findByRole('alert', { name: 'Cannot be rolled out' });
    expect(reason).toHaveTextContent(
      'This image failed: The Virtual Delivery Agent (VDA) was not found',
    );
    expect(screen.queryByRole('link', { name: 'Roll out to catalog' })).not.toBeInTheDocument();
  });

  it('shows a clear not-found page for an unknown image ID or provider', async () => {
    serveCitrixDetail();
    render(undefined, { route: '/images/citrix/no-such-image' });
    expect(await screen.findByRole('heading', { name: 'Image not found' })).toBeInTheDocument();
    expect(screen.getByText(/Citrix DaaS image with ID no-such-image/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all images' })).toHaveAttribute(
      'href',
      '/images',
    );
  });

  it('shows a Rackspace image with its metadata, in the region the link names', async () => {
    const image = rackspaceImage(7, { server: { id: 'aaaa-server' } });
    server.use(
      http.get('/api/rackspace/ord/v2/987654/images/:id', () => HttpResponse.json({ image })),
      http.get(`${rackspaceImagesPath}/:id`, () =>
        HttpResponse.json(
          { itemNotFound: { code: 404, message: 'Image not found.' } },
          { status: 404 },
        ),
      ),
    );
    render(undefined, { route: `/images/rackspace/${image.id}?region=ORD` });

    expect(await screen.findByRole('heading', { level: 1, name: image.name })).toBeInTheDocument();
    expect(screen.getByText('Rackspace Cloud Servers image · Chicago (ORD)')).toBeVisible();
    expect(screen.getByRole('table', { name: 'Image details' })).toHaveTextContent(
      'Serveraaaa-server',
    );
    expect(screen.getByRole('table', { name: 'Image metadata' })).toHaveTextContent(
      'image_typesnapshot',
    );
  });

  it('reads a Rackspace size sent as a string like a number and leaves out metadata that is null', async () => {
    const image = rackspaceImage(1, {
      metadata: { os_distro: 'ubuntu', image_type: null, kernel_id: null, ramdisk_id: 'ari-1' },
    });
    expect(image['OS-EXT-IMG-SIZE:size']).toBe('1048576000');
    server.use(http.get(`${rackspaceImagesPath}/:id`, () => HttpResponse.json({ image })));
    render(undefined, { route: `/images/rackspace/${image.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: image.name })).toBeInTheDocument();
    const fields = screen.getByRole('table', { name: 'Image details' });
    expect(within(fields).getByRole('row', { name: 'Size 1,000 MB' })).toBeInTheDocument();
    // image_type null: neither a snapshot nor a base image, but not known.
    expect(within(fields).getByRole('row', { name: 'Type —' })).toBeInTheDocument();
    const metadata = screen.getByRole('table', { name: 'Image metadata' });
    expect(within(metadata).getByRole('row', { name: 'ramdisk_id ari-1' })).toBeInTheDocument();
    expect(within(metadata).queryByRole('row', { name: /^(kernel_id|image_type)/ })).toBeNull();
  });
});
