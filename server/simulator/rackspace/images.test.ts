import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../test-support.ts';

interface DetailImage {
  id: string;
  name: string;
  status: string;
  progress: number;
  created: string;
  updated: string;
  metadata: Record<string, string | null>;
  server?: { id: string };
}
interface ListBody {
  images: DetailImage[];
  images_links?: { rel: string; href: string }[];
}

function computeApi(overrides: Parameters<typeof createTestSimulator>[0] = {}) {
  const sim = createTestSimulator({ rackspaceImages: 120, ...overrides });
  const base = `/rackspace/dfw/v2/${sim.rackspace.tenantId}`;
  const get = async (path: string) =>
    sim.app.request(`${base}${path}`, { headers: { 'X-Auth-Token': await sim.rackspaceToken() } });
  const list = async (query = '') =>
    (await (await get(`/images/detail${query}`)).json()) as ListBody;
  return { sim, get, list };
}

describe('GET /v2/{tenant}/images/detail', () => {
  it('lists newest first and pages with limit + marker through the images_links next link', async () => {
    const { list } = computeApi();
    const all = (await list()).images;
    const created = all.map((image) => image.created);
    expect(created).toEqual([...created].sort().reverse());

    const first = await list('?limit=10');
    expect(first.images.map((i) => i.id)).toEqual(all.slice(0, 10).map((i) => i.id));
    const next = new URL(first.images_links![0]!.href);
    expect(next.pathname).toMatch(/\/images\/detail$/);
    expect(next.searchParams.get('limit')).toBe('10');
    expect(next.searchParams.get('marker')).toBe(all[9]!.id);
    const second = await list(next.search);
    expect(second.images.map((i) => i.id)).toEqual(all.slice(10, 20).map((i) => i.id));
  });

  it('links a next page when the last page is exactly full, and that page is empty', async () => {
    const { list } = computeApi();
    const total = (await list()).images.length;
    const whole = await list(`?limit=${total}`);
    expect(whole.images_links).toHaveLength(1);
    const after = await list(`?limit=${total}&marker=${whole.images.at(-1)!.id}`);
    expect(after).toEqual({ images: [] });
  });

  it('filters by name, status, type, server and changes-since, keeping filters in the next link', async () => {
    const { list } = computeApi();
    const all = (await list('?changes-since=2000-01-01T00:00:00Z')).images;
    const snapshot = all.find((image) => image.server && image.status === 'ACTIVE')!;

    expect((await list(`?name=${encodeURIComponent(snapshot.name)}`)).images).toHaveLength(1);
    const active = (await list('?status=active')).images;
    expect(active.every((image) => image.status === 'ACTIVE')).toBe(true);
    const bases = (await list('?type=BASE')).images;
    expect(bases.length).toBeGreaterThan(0);
    expect(bases.every((image) => image.metadata.image_type === 'base')).toBe(true);
    const ofServer = (await list(`?server=https://x/servers/${snapshot.server!.id}`)).images;
    expect(ofServer.length).toBeGreaterThan(0);
    expect(ofServer.every((image) => image.server?.id === snapshot.server!.id)).toBe(true);

    const since = all.map((image) => image.updated).sort()[Math.floor(all.length / 2)]!;
    const changed = (await list(`?changes-since=${since}`)).images;
    expect(changed.every((image) => image.updated >= since)).toBe(true);
    expect(changed.length).toBeLessThan(all.length);
    // Deleted images show only to a changes-since poll.
    expect(all.some((image) => image.status === 'DELETED')).toBe(true);
    expect((await list()).images.some((image) => image.status === 'DELETED')).toBe(false);

    const paged = await list('?type=snapshot&status=ACTIVE&limit=2');
    const next = new URL(paged.images_links![0]!.href);
    expect(next.searchParams.get('type')).toBe('snapshot');
    expect(next.searchParams.get('status')).toBe('ACTIVE');
  });

  it('answers 400 badRequest for an unknown or malformed marker and a bad limit', async () => {
    const { get } = computeApi();
    for (const query of [
      '?marker=00000000-0000-4000-8000-000000000000',
      '?marker=nope',
      '?limit=ten',
      '?limit=-1',
      '?changes-since=yesterday',
    ]) {
      const response = await get(`/images/detail${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ badRequest: { code: 400 } });
    }
  });

  it('advances SAVING images 25 → 50 → ACTIVE with the simulator clock', async () => {
    const { sim, list } = computeApi({ imageBuildSeconds: 100 });
    const saving = (await list('?status=SAVING')).images;
    const queued = saving.find((image) => image.progress === 25);
    expect(queued).toBeDefined();
    // Each image takes between half and all of the configured time.
    sim.clock.advance(25_000);
    const halfway = (await list(`?name=${encodeURIComponent(queued!.name)}`)).images[0]!;
    expect(halfway.status).toBe('SAVING');
    expect([25, 50]).toContain(halfway.progress);
    sim.clock.advance(75_000);
    expect((await list('?status=SAVING')).images).toEqual([]);
    const done = (await list(`?name=${encodeURIComponent(queued!.name)}`)).images[0]!;
    expect(done).toMatchObject({ status: 'ACTIVE', progress: 100 });
    expect(Date.parse(done.updated)).toBeGreaterThan(Date.parse(queued!.updated));
  });

  it('answers changes-since from the latest update seen with only what changed after it', async () => {
    const { sim, list } = computeApi({ imageBuildSeconds: 100 });
    const all = (await list()).images;
    const latest = all
      .map((image) => image.updated)
      .sort()
      .at(-1)!;
    const before = (await list(`?changes-since=${latest}`)).images;
    expect(before.length).toBeLessThan(5);
    sim.clock.advance(100_000);
    const after = (await list(`?changes-since=${latest}`)).images;
    const settled = all.filter((image) => image.status === 'SAVING');
    expect(settled.length).toBeGreaterThan(0);
    // Every image that finished saving, and few others: a refresh costs what changed.
    expect(after.map((image) => image.id)).toEqual(
      expect.arrayContaining(settled.map((image) => image.id)),
    );
    expect(after.length).toBeLessThanOrEqual(settled.length + before.length);
  });

  it('answers 503 in a region in an outage (SIM_RACKSPACE_FAILING_REGIONS), the others as usual', async () => {
    const { sim } = computeApi({ rackspaceFailingRegions: ['ord'] });
    const token = await sim.rackspaceToken();
    const get = (region: string) =>
      sim.app.request(`/rackspace/${region}/v2/${sim.rackspace.tenantId}/images/detail`, {
        headers: { 'X-Auth-Token': token },
      });
    const ord = await get('ord');
    expect(ord.status).toBe(503);
    expect(await ord.json()).toEqual({
      serviceUnavailable: { code: 503, message: 'Service Unavailable' },
    });
    expect((await get('dfw')).status).toBe(200);
  });
});

describe('the forms Nova and seed 004 document, met on every start', () => {
  type Sized = DetailImage & { 'OS-EXT-IMG-SIZE:size': number | string };
  const firstPage = async (sim: ReturnType<typeof computeApi>) =>
    (await sim.list('?limit=20')).images as Sized[];

  it('some images give OS-EXT-IMG-SIZE:size as a string of digits (xsd:string in seed 004), the rest as a number', async () => {
    const images = await firstPage(computeApi());
    const sizes = images.map((image) => image['OS-EXT-IMG-SIZE:size']);
    expect(sizes.some((size) => typeof size === 'string')).toBe(true);
    expect(sizes.some((size) => typeof size === 'number')).toBe(true);
    for (const size of sizes) expect(String(size)).toMatch(/^[1-9]\d*$/);
  });

  it('some images carry metadata keys whose value is null (ramdisk_id: null, as Nova’s samples)', async () => {
    const images = await firstPage(computeApi());
    const withNull = images.filter((image) => Object.values(image.metadata).includes(null));
    expect(withNull.length).toBeGreaterThan(0);
    expect(withNull.length).toBeLessThan(images.length);
    expect(withNull[0]!.metadata).toHaveProperty('ramdisk_id', null);
    for (const image of withNull) expect(image.metadata.image_type).toMatch(/^(base|snapshot)$/);
  });

  it('the same images take these forms on every start, in the detail list and one by one', async () => {
    const forms = async () => {
      const api = computeApi();
      const images = await firstPage(api);
      const one = await api.get(`/images/${images[0]!.id}`);
      const single = ((await one.json()) as { image: Sized }).image;
      expect(single['OS-EXT-IMG-SIZE:size']).toEqual(images[0]!['OS-EXT-IMG-SIZE:size']);
      return images.map((image) => [
        image.id,
        typeof image['OS-EXT-IMG-SIZE:size'],
        Object.values(image.metadata).includes(null),
      ]);
    };
    expect(await forms()).toEqual(await forms());
  });
});

describe('GET /v2/{tenant}/images and /images/{id}', () => {
  it('lists ids, names and links only', async () => {
    const { get } = computeApi();
    const body = (await (await get('/images?limit=3')).json()) as {
      images: Record<string, unknown>[];
      images_links: { href: string }[];
    };
    expect(Object.keys(body.images[0]!).sort()).toEqual(['id', 'links', 'name']);
    expect(new URL(body.images_links[0]!.href).pathname).toMatch(/\/images$/);
  });

  it('returns one image, or 404 itemNotFound', async () => {
    const { get, list } = computeApi();
    const [first] = (await list('?limit=1')).images;
    const response = await get(`/images/${first!.id}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { image: DetailImage }).image.id).toBe(first!.id);
    const missing = await get('/images/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      itemNotFound: { code: 404, message: 'Image not found.' },
    });
  });
});
