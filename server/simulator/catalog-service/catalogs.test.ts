import { describe, expect, it } from 'vitest';
import type { CitrixCatalog } from '../data/catalogs.ts';
import { failsVerification } from '../data/verification-failure.ts';
import { createTestSimulator } from '../test-support.ts';

function setup() {
  const sim = createTestSimulator({ rolloutSeconds: 100 });
  const { customer, catalogs, citrixImages } = sim.ctx.dataset;
  const base = `/catalogservice/${customer.id}/${customer.site.id}/catalogs`;
  const request = async (path: string, init: RequestInit = {}) => {
    const token = await sim.citrixToken();
    const headers = {
      Authorization: `CwsAuth bearer=${token}`,
      'Content-Type': 'application/json',
    };
    return sim.app.request(`${base}${path}`, { ...init, headers: { ...headers, ...init.headers } });
  };
  const readyImageFor = (catalog: CitrixCatalog) =>
    citrixImages.find(
      (image) =>
        image.state === 'Ready' &&
        image.sessionSupport === catalog.sessionSupport &&
        image.id !== catalog.imageId &&
        !failsVerification(image),
    )!;
  const activeCatalog = catalogs.find((catalog) => catalog.state === 'Active')!;
  const updateImage = (catalogId: string, body: unknown, query = '?async=true') =>
    request(`/${catalogId}/$updateImage${query}`, { method: 'POST', body: JSON.stringify(body) });
  return { sim, catalogs, citrixImages, request, readyImageFor, activeCatalog, updateImage };
}

describe('GET catalogs', () => {
  it('lists every catalog under items and its alias catalogs', async () => {
    const { request, catalogs } = setup();
    const body = (await (await request('')).json()) as {
      items: { id: string }[];
      catalogs: unknown[];
    };
    expect(body.items.map((c) => c.id)).toEqual(catalogs.map((c) => c.id));
    expect(body.catalogs).toHaveLength(catalogs.length);
  });

  it('answers one catalog by ID, and 404 with a message for an unknown one', async () => {
    const { request, activeCatalog } = setup();
    expect(await (await request(`/${activeCatalog.id}`)).json()).toMatchObject({
      id: activeCatalog.id,
    });
    const missing = await request('/no-such-catalog');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      message: expect.stringContaining('no-such-catalog'),
    });
  });
});

describe('POST catalogs/{id}/$updateImage?async=true', () => {
  it('answers 202 with a Location to the update status and a transaction ID, then moves through Processing to Active with the new image', async () => {
    const { sim, request, activeCatalog, readyImageFor, updateImage } = setup();
    const image = readyImageFor(activeCatalog);
    const response = await updateImage(activeCatalog.id, {
      TemplateId: image.id,
      VdaUpdateDelay: 60,
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toBe(activeCatalog.id);
    const transactionId = response.headers.get('Citrix-TransactionId');
    expect(transactionId).toMatch(/^[0-9a-f-]{36}$/);
    const location = new URL(response.headers.get('Location')!);
    expect(location.pathname).toMatch(new RegExp(`/catalogs/${activeCatalog.id}/updateStatus$`));

    const statusPath = `/${activeCatalog.id}/updateStatus`;
    const seen: string[] = [];
    for (let second = 0; second < 100; second += 10) {
      const status = (await (await request(statusPath)).json()) as Record<string, unknown>;
      expect(status).toMatchObject({
        state: 'Processing',
        transactionId,
        estimatedTimeInMinute: 2,
      });
      seen.push(String(status.subState));
      sim.clock.advance(10_000);
    }
    expect([...new Set(seen)]).toEqual([
      'ProcessingVerifyingMasterImage',
      'ProcessingVdaCopyingMasterImage',
      'ProcessingVdaUpdatingCitrixServers',
      'PendingVdaUpdate',
    ]);
    const done = await (await request(statusPath)).json();
    expect(done).toMatchObject({ state: 'Active', subState: null });
    const catalog = await (await request(`/${activeCatalog.id}`)).json();
    expect(catalog).toMatchObject({
      state: 'Active',
      imageId: image.id,
      templateImageName: image.name,
      templateImageOs: image.osName,
    });
  });

  it('reports completion percentage on the catalog while it updates', async () => {
    const { sim, request, activeCatalog, readyImageFor, updateImage } = setup();
    await updateImage(activeCatalog.id, { templateId: readyImageFor(activeCatalog).id });
    sim.clock.advance(50_000);
    const catalog = await (await request(`/${activeCatalog.id}`)).json();
    expect(catalog).toMatchObject({ state: 'Processing', taskCompletionPercentage: 50 });
  });

  it('ends in Error with ErrorMasterImageVerificationFailed for the image that fails verification', async () => {
    const { sim, request, catalogs, citrixImages, updateImage } = setup();
    const failing = citrixImages.find(failsVerification)!;
    expect(failing.name).toMatch(/\(fails verification\)$/);
    const catalog = catalogs.find(
      (c) => c.state === 'Active' && c.sessionSupport === failing.sessionSupport,
    )!;
    const previousImage = catalog.imageId;
    expect((await updateImage(catalog.id, { templateId: failing.id })).status).toBe(202);
    sim.clock.advance(100_000);
    const status = await (await request(`/${catalog.id}/updateStatus`)).json();
    expect(status).toMatchObject({
      state: 'Error',
      subState: 'ErrorMasterImageVerificationFailed',
      statusMessage: expect.stringContaining('failed verification'),
    });
    expect(catalog.imageId).toBe(previousImage);
  });

  it('after a failed update, the catalog is back in its state with its previous image, a rollback warning, and takes a fixed image', async () => {
    const { sim, request, catalogs, citrixImages, updateImage, readyImageFor } = setup();
    const failing = citrixImages.find(failsVerification)!;
    const catalog = catalogs.find(
      (c) => c.state === 'Active' && c.sessionSupport === failing.sessionSupport,
    )!;
    const previous = { imageId: catalog.imageId, name: catalog.templateImageName };
    await updateImage(catalog.id, { templateId: failing.id });
    sim.clock.advance(100_000);
    // The update's own status says how it ended; the catalog is not stranded in Error.
    expect(await (await request(`/${catalog.id}/updateStatus`)).json()).toMatchObject({
      state: 'Error',
    });
    const after = await (await request(`/${catalog.id}`)).json();
    expect(after).toMatchObject({
      state: 'Active',
      imageId: previous.imageId,
      templateImageName: previous.name,
      warnings: [
        expect.objectContaining({
          type: 'ImageRollback',
          isError: true,
          warningMessage: expect.stringContaining('kept its previous image'),
        }),
      ],
    });
    const fixed = readyImageFor(catalog);
    expect((await updateImage(catalog.id, { templateId: fixed.id })).status).toBe(202);
    sim.clock.advance(100_000);
    const fixedUp = await (await request(`/${catalog.id}`)).json();
    expect(fixedUp).toMatchObject({ state: 'Active', imageId: fixed.id });
    expect(fixedUp.warnings).not.toContainEqual(expect.objectContaining({ type: 'ImageRollback' }));
  });

  it('refuses a second update while one is running, with a message', async () => {
    const { request, activeCatalog, readyImageFor, updateImage } = setup();
    const image = readyImageFor(activeCatalog);
    await updateImage(activeCatalog.id, { templateId: image.id });
    const again = await updateImage(activeCatalog.id, { templateId: image.id });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      message: expect.stringContaining('already being updated'),
    });
    expect(await (await request(`/${activeCatalog.id}`)).json()).toMatchObject({
      state: 'Processing',
    });
  });

  it.each(['Error', 'PreDeployment', 'Processing'])('refuses a catalog in %s', async (state) => {
    const { catalogs, readyImageFor, updateImage } = setup();
    const catalog = catalogs.find((c) => c.state === state)!;
    const response = await updateImage(catalog.id, { templateId: readyImageFor(catalog).id });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining(catalog.name) });
  });

  it.each([
    ['without async', ''],
    ['with async=false', '?async=false'],
  ])(
    'refuses a request %s, saying exactly what to add to the URL (the spec and generated clients omit it)',
    async (_case, query) => {
      const { activeCatalog, readyImageFor, updateImage } = setup();
      const response = await updateImage(
        activeCatalog.id,
        { templateId: readyImageFor(activeCatalog).id },
        query,
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as { message: string; parameters: unknown[] };
      expect(body.message).toMatch(/^Add \?async=true to the request URL/);
      expect(body.message).toContain(`/catalogs/${activeCatalog.id}/$updateImage?async=true`);
      expect(body.message).toContain('updateImage');
      expect(body.parameters).toEqual([{ name: 'parameter', value: 'async' }]);
      expect(activeCatalog.state).toBe('Active');
    },
  );

  it.each([-2, 1.5, 'soon'])('refuses vdaUpdateDelay %s', async (delay) => {
    const { activeCatalog, readyImageFor, updateImage } = setup();
    const body = { templateId: readyImageFor(activeCatalog).id, vdaUpdateDelay: delay };
    const response = await updateImage(activeCatalog.id, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      message: expect.stringContaining('vdaUpdateDelay'),
    });
  });

  it('refuses an unknown image, an image that is not Ready, and a session support mismatch', async () => {
    const { activeCatalog, citrixImages, updateImage } = setup();
    const unknown = await updateImage(activeCatalog.id, { templateId: 'no-such-image' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      message: expect.stringContaining('no-such-image'),
    });

    const notReady = citrixImages.find((image) => image.state !== 'Ready')!;
    const pending = await updateImage(activeCatalog.id, { templateId: notReady.id });
    expect(await pending.json()).toMatchObject({ message: expect.stringContaining('not Ready') });

    const otherKind = citrixImages.find(
      (image) => image.state === 'Ready' && image.sessionSupport !== activeCatalog.sessionSupport,
    )!;
    const mismatch = await updateImage(activeCatalog.id, { templateId: otherKind.id });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({
      message: expect.stringContaining(otherKind.sessionSupport),
    });
    expect(activeCatalog.state).toBe('Active');
  });
});

describe('POST catalogs/{id}/updateImage (legacy UpdateCatalogImage, as Terraform calls it)', () => {
  const legacyUpdate = (request: ReturnType<typeof setup>['request'], id: string, body: unknown) =>
    request(`/${id}/updateImage`, { method: 'POST', body: JSON.stringify(body) });

  it('answers 200 with the catalog ID as a JSON string, no async parameter, then rolls out like $updateImage', async () => {
    const { sim, request, activeCatalog, readyImageFor } = setup();
    const image = readyImageFor(activeCatalog);
    // The Go SDK Terraform uses sends the spec's camelCase keys.
    const response = await legacyUpdate(request, activeCatalog.id, {
      templateId: image.id,
      citrixPrepared: image.citrixPrepared,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await response.json()).toBe(activeCatalog.id);
    expect(response.headers.get('Citrix-TransactionId')).toMatch(/^[0-9a-f-]{36}$/);

    expect(await (await request(`/${activeCatalog.id}`)).json()).toMatchObject({
      state: 'Processing',
    });
    const status = await (await request(`/${activeCatalog.id}/updateStatus`)).json();
    expect(status).toMatchObject({
      state: 'Processing',
      transactionId: response.headers.get('Citrix-TransactionId'),
    });
    sim.clock.advance(100_000);
    expect(await (await request(`/${activeCatalog.id}`)).json()).toMatchObject({
      state: 'Active',
      imageId: image.id,
    });
  });

  it('takes the documentation’s PascalCase body too', async () => {
    const { request, activeCatalog, readyImageFor } = setup();
    const body = { TemplateId: readyImageFor(activeCatalog).id, VdaUpdateDelay: '60' };
    const response = await legacyUpdate(request, activeCatalog.id, body);
    expect(response.status).toBe(200);
  });

  it('answers only the status codes the spec declares: 400 for a busy catalog, a bad body or image, 404 for an unknown catalog', async () => {
    const { request, catalogs, activeCatalog, readyImageFor } = setup();
    const busy = catalogs.find((c) => c.state === 'Processing')!;
    const refused = await legacyUpdate(request, busy.id, {
      templateId: readyImageFor(busy).id,
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: expect.stringContaining(busy.name) });

    const noTemplate = await legacyUpdate(request, activeCatalog.id, { citrixPrepared: false });
    expect(noTemplate.status).toBe(400);
    expect(await noTemplate.json()).toMatchObject({
      message: expect.stringContaining('templateId'),
    });
    const unknownImage = await legacyUpdate(request, activeCatalog.id, { templateId: 'nope' });
    expect(unknownImage.status).toBe(400);

    const missing = await legacyUpdate(request, 'no-such-catalog', { templateId: 'x' });
    expect(missing.status).toBe(404);
    expect(activeCatalog.state).toBe('Active');
  });
});
