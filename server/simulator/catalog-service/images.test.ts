import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../test-support.ts';

interface Overview {
  id: string;
  name: string;
  state: string;
  subState: string | null;
  citrixPrepared: boolean;
  subscriptionId: string;
  linkedCatalogs: number;
  linkedCatalogsNames: string[];
  startedAt: string | null;
}

function imagesApi(overrides: Parameters<typeof createTestSimulator>[0] = {}) {
  const sim = createTestSimulator(overrides);
  const { customer } = sim.ctx.dataset;
  const base = `/catalogservice/${customer.id}/${customer.site.id}/images`;
  const get = async (query = '') => {
    const token = await sim.citrixToken();
    return sim.app.request(`${base}${query}`, {
      headers: { Authorization: `CwsAuth bearer=${token}` },
    });
  };
  const list = async (query = '') =>
    ((await (await get(query)).json()) as { items: Overview[] }).items;
  return { sim, get, list };
}

describe('GET /catalogservice/{customerId}/{siteId}/images', () => {
  it('lists every image by default, with every TemplateImageState the service has', async () => {
    const { sim, list } = imagesApi();
    const items = await list();
    expect(items).toHaveLength(sim.ctx.dataset.citrixImages.length);
    expect(new Set(items.map((image) => image.state))).toEqual(
      new Set([
        'Ready',
        'Pending',
        'Importing',
        'BuilderProvisioning',
        'BuilderActive',
        'BuilderStopped',
        'BuilderVerifying',
        'BuilderRestarting',
        'Failed',
        'NotStarted',
        'Enumerating',
        'AzureResourcesNotFound',
      ]),
    );
  });

  it('honours includeCitrixPrepared and includeCustomerPrepared', async () => {
    const { list } = imagesApi();
    const customerOnly = await list('?includeCitrixPrepared=false&includeCustomerPrepared=true');
    const citrixOnly = await list('?includeCitrixPrepared=TRUE&includeCustomerPrepared=false');
    expect(customerOnly.length).toBeGreaterThan(0);
    expect(citrixOnly.length).toBeGreaterThan(0);
    expect(customerOnly.every((image) => !image.citrixPrepared)).toBe(true);
    expect(citrixOnly.every((image) => image.citrixPrepared)).toBe(true);
    expect(await list('?includeCitrixPrepared=false&includeCustomerPrepared=false')).toEqual([]);
  });

  it('keeps customer images of the azureSubscriptions asked for, repeated or comma-separated', async () => {
    const { sim, list } = imagesApi();
    const [first, second] = sim.ctx.dataset.customer.azureSubscriptions;
    const one = await list(`?includeCitrixPrepared=false&azureSubscriptions=${first!.id}`);
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((image) => image.subscriptionId === first!.id)).toBe(true);
    const repeated = await list(
      `?includeCitrixPrepared=false&azureSubscriptions=${first!.id}&azureSubscriptions=${second!.id}`,
    );
    const commas = await list(
      `?includeCitrixPrepared=false&azureSubscriptions=${first!.id},${second!.id}`,
    );
    expect(repeated.length).toBeGreaterThan(one.length);
    expect(commas).toEqual(repeated);
  });

  it('answers 400 for a value that is not a boolean, and refuses unknown partner tenants', async () => {
    const { sim, get } = imagesApi();
    const bad = await get('?includeCitrixPrepared=maybe');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: expect.stringContaining('maybe') });
    expect((await get('?cspCustomerId=othertenant')).status).toBe(403);
    expect((await get('?cspSiteId=other-site')).status).toBe(404);
    const own = await get(`?cspCustomerId=${sim.ctx.dataset.customer.id}`);
    expect(own.status).toBe(200);
  });

  it('counts linked catalogs from the catalogs as they are at request time', async () => {
    const { sim, list } = imagesApi();
    const [catalog] = sim.ctx.dataset.catalogs;
    const target = sim.ctx.dataset.citrixImages.find(
      (image) => image.state === 'Ready' && image.id !== catalog!.imageId,
    )!;
    const before = (await list()).find((image) => image.id === target.id)!;
    catalog!.imageId = target.id; // what a finished rollout does
    const after = (await list()).find((image) => image.id === target.id)!;
    expect(after.linkedCatalogs).toBe(before.linkedCatalogs + 1);
    expect(after.linkedCatalogsNames).toContain(catalog!.name);
  });

  it('writes status and extraInfo as "" when there is nothing to say, as seed 000 shows a Ready image', async () => {
    const { list } = imagesApi();
    const items = (await list()) as (Overview & { status: unknown; extraInfo: unknown })[];
    const ready = items.filter((image) => image.state === 'Ready');
    expect(ready.length).toBeGreaterThan(0);
    for (const image of ready) expect(image).toMatchObject({ status: '', extraInfo: '' });
    const failed = items.find((image) => image.state === 'Failed')!;
    expect(failed.status).toMatch(/\w/);
    expect(failed.extraInfo).toMatch(/^Correlation ID /);
    expect(items.every((image) => image.status !== null && image.extraInfo !== null)).toBe(true);
  });

  it('settles images in flight to Ready after SIM_IMAGE_BUILD_SECONDS of simulator time', async () => {
    const { sim, list } = imagesApi({ imageBuildSeconds: 60 });
    const inFlight = (await list()).filter((image) => image.state === 'Importing');
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight[0]!.startedAt).not.toBeNull();
    sim.clock.advance(60_000);
    const settled = await list();
    for (const image of inFlight) {
      expect(settled.find((s) => s.id === image.id)).toMatchObject({
        state: 'Ready',
        subState: null,
        status: '',
        startedAt: null,
      });
    }
  });
});

describe('GET /catalogservice/{customerId}/{siteId}/images/{imageId}', () => {
  it('returns the image with the catalogs that use it', async () => {
    const { sim, get } = imagesApi();
    const catalog = sim.ctx.dataset.catalogs.find((c) => c.imageId)!;
    const response = await get(`/${catalog.imageId}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { catalogs: unknown[]; id: string };
    expect(body.id).toBe(catalog.imageId);
    expect(body.catalogs).toContainEqual({
      catalogId: catalog.id,
      catalogName: catalog.name,
      state: catalog.state,
      azureSubscription: catalog.subscriptionName,
    });
  });

  it('answers 404 with a message for an unknown image', async () => {
    const { get } = imagesApi();
    const response = await get('/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      message: expect.stringContaining('00000000-0000-4000-8000-000000000000'),
    });
  });
});
