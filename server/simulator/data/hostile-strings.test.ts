import { describe, expect, it } from 'vitest';
import { createDataset } from './dataset.ts';
import { hostilePayloads } from './hostile-strings.ts';
import { toSessionResponseModel } from './session-model.ts';
import { createTestSimulator } from '../test-support.ts';

const size = { seed: 42, sessions: 40, catalogs: 24, citrixImages: 60, rackspaceImages: 30 };

describe('SIM_HOSTILE_DATA', () => {
  it('leaves the ordinary dataset untouched when off', () => {
    const text = JSON.stringify(createDataset(size));
    for (const payload of Object.values(hostilePayloads)) expect(text).not.toContain(payload);
  });

  it('puts every payload, and empty values, into the names clients show', () => {
    const dataset = createDataset({ ...size, hostileData: 1 });
    const names = [
      ...dataset.citrixImages.map((image) => image.name),
      ...dataset.catalogs.map((catalog) => catalog.name),
      ...dataset.rackspaceImages.map((image) => image.name),
    ];
    for (const payload of Object.values(hostilePayloads)) {
      expect(names.some((name) => name.includes(payload))).toBe(true);
    }
    expect(names).toContain('');
    expect(names.some((name) => /\p{L}\u0301\u0316\u0334/u.test(name))).toBe(true);
    const displayNames = Array.from(
      { length: 9 },
      (_, i) => toSessionResponseModel(dataset, i).User.DisplayName,
    );
    expect(displayNames.some((name) => name.includes(hostilePayloads.imgOnError))).toBe(true);
    expect(displayNames).toContain('');
  });

  it('gives one Active catalog, and the image it runs, the unbroken run in every shown field', () => {
    const dataset = createDataset({ ...size, hostileData: 1 });
    const long = (text: string | null) => !!text?.includes(hostilePayloads.unbroken);
    const catalog = dataset.catalogs.find((c) => c.state === 'Active' && long(c.subnet));
    expect(catalog).toBeDefined();
    const c = catalog!;
    const shown = [
      c.name,
      c.statusMessage,
      c.subscriptionName,
      c.resourceGroup,
      c.region,
      c.vNetName,
      c.subnet,
      c.vmTypeInstanceType,
      c.templateImageName,
      c.templateImageOs,
      ...(c.domainName === null ? [] : [c.domainName]),
      ...c.warnings.flatMap((warning) => [warning.type, warning.warningMessage]),
    ];
    expect(shown.filter((text) => !long(text))).toEqual([]);
    expect(c.warnings.length).toBeGreaterThan(0);
    const image = dataset.citrixImages.find((i) => i.id === c.imageId);
    expect(image?.name).toBe(c.templateImageName);
    expect(image?.osName).toBe(c.templateImageOs);
  });

  it('keeps IDs, states and links as they were, so every page still resolves', () => {
    const plain = createDataset(size);
    const hostile = createDataset({ ...size, hostileData: 1 });
    const shape = (dataset: typeof plain) => ({
      images: dataset.citrixImages.map(({ id, state }) => [id, state]),
      catalogs: dataset.catalogs.map(({ id, state, imageId }) => [id, state, imageId]),
      rackspace: dataset.rackspaceImages.map(({ id, status }) => [id, status]),
      sessions: toSessionResponseModel(dataset, 3).Id,
    });
    expect(shape(hostile)).toEqual(shape(plain));
    const image = new Map(hostile.citrixImages.map((i) => [i.id, i.name]));
    for (const catalog of hostile.catalogs) {
      if (catalog.imageId) expect(catalog.templateImageName).toBe(image.get(catalog.imageId));
    }
  });

  it('serves the payloads as plain JSON strings', async () => {
    const sim = createTestSimulator({ hostileData: 1 });
    const token = await sim.citrixToken();
    const { customerId } = sim.citrix;
    const siteId = sim.ctx.dataset.customer.site.id;
    const response = await sim.app.request(`/catalogservice/${customerId}/${siteId}/catalogs`, {
      headers: { Authorization: `CwsAuth bearer=${token}` },
    });
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { items: { name: string }[] };
    expect(body.items.map((catalog) => catalog.name)).toContain(
      `${sim.ctx.dataset.catalogs[0]?.name}`,
    );
    expect(body.items.some((catalog) => catalog.name.includes(hostilePayloads.imgOnError))).toBe(
      true,
    );
  });
});
