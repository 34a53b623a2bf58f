/** Rackspace image endpoints over real HTTP, against schemas written from the documented shapes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import {
  imageDetailListSchema,
  imageSummaryListSchema,
  singleImageSchema,
} from './images-rackspace-schemas.ts';
import { faultSchema } from './rackspace-schemas.ts';
import { expectInvalid, expectValid } from './specs.ts';

let sim: SimulatorHandle;
let token: string;
let base: string;
const get = (path: string) => fetch(`${base}${path}`, { headers: { 'X-Auth-Token': token } });

beforeAll(async () => {
  sim = await startSimulator({ config: { sessions: 10, rackspaceImages: 300 } });
  const { username, apiKey, tenantId } = sim.credentials.rackspace;
  const response = await fetch(`${sim.url}/v2.0/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { 'RAX-KSKEY:apiKeyCredentials': { username, apiKey } } }),
  });
  token = ((await response.json()) as { access: { token: { id: string } } }).access.token.id;
  base = `${sim.url}/rackspace/dfw/v2/${tenantId}`;
});
afterAll(() => sim.close());

describe('Rackspace images (documented shapes)', () => {
  it('the schemas reject wrong shapes', () => {
    expectInvalid(imageDetailListSchema, { images: [{ id: 'x', name: 'y' }] });
    expectInvalid(imageSummaryListSchema, { images: [], images_links: [{ rel: 'self' }] });
    expectInvalid(singleImageSchema, { image: { id: 'not-a-uuid' } });
  });

  it('both documented forms occur and pass: size as number or digits, metadata values null or text', async () => {
    const body = (await (await get('/images/detail?limit=30')).json()) as {
      images: { 'OS-EXT-IMG-SIZE:size': unknown; metadata: Record<string, unknown> }[];
    };
    expectValid(imageDetailListSchema, body);
    const sizes = new Set(body.images.map((image) => typeof image['OS-EXT-IMG-SIZE:size']));
    expect(sizes).toEqual(new Set(['number', 'string']));
    expect(body.images.some((image) => Object.values(image.metadata).includes(null))).toBe(true);
    const [image] = body.images;
    for (const broken of [
      { ...image, 'OS-EXT-IMG-SIZE:size': '12 MB' },
      { ...image, metadata: { ...image!.metadata, ramdisk_id: 5 } },
    ]) {
      expectInvalid(singleImageSchema, { image: broken });
    }
  });

  it('GET /images/detail, every page followed through images_links, and with each filter', async () => {
    let path: string | undefined = '/images/detail?limit=20&changes-since=2000-01-01T00:00:00Z';
    let pages = 0;
    while (path) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { images_links?: { href: string }[] };
      expectValid(imageDetailListSchema, body);
      const next = body.images_links?.[0]?.href;
      path = next ? `/images/detail${new URL(next).search}` : undefined;
      pages += 1;
    }
    expect(pages).toBeGreaterThan(1);
    for (const query of ['?type=SNAPSHOT', '?status=SAVING', '?name=Debian%2012%20(Bookworm)']) {
      const response = await get(`/images/detail${query}`);
      expectValid(imageDetailListSchema, await response.json());
    }
  });

  it('GET /images and GET /images/{id}', async () => {
    const list = await get('/images?limit=5');
    const body = (await list.json()) as { images: { id: string }[] };
    expectValid(imageSummaryListSchema, body);
    const one = await get(`/images/${body.images[0]!.id}`);
    expectValid(singleImageSchema, await one.json());
  });

  it('errors are fault bodies: 400 badRequest for an unknown marker, 404 itemNotFound', async () => {
    const badMarker = await get('/images/detail?marker=00000000-0000-4000-8000-000000000000');
    expect(badMarker.status).toBe(400);
    const badBody = await badMarker.json();
    expectValid(faultSchema, badBody);
    expect(badBody).toHaveProperty('badRequest');
    const missing = await get('/images/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expectValid(faultSchema, await missing.json());
  });
});
