import { describe, expect, it } from 'vitest';
import { sessionHostingStates } from './catalogs.ts';
import { indexFromCompactId } from './compact-ids.ts';
import { createDataset, type Dataset } from './dataset.ts';
import { sessionId, toSessionResponseModel } from './session-model.ts';

const size = { seed: 42, sessions: 2000, catalogs: 24, citrixImages: 60, rackspaceImages: 200 };

/** Everything a client could ever see of a dataset, as one string. */
function serialize(dataset: Dataset): string {
  const sessions = Array.from({ length: dataset.sessions.count }, (_, i) =>
    toSessionResponseModel(dataset, i),
  );
  const { customer, credentials, citrixImages, catalogs, rackspaceImages } = dataset;
  return JSON.stringify({
    customer,
    credentials,
    citrixImages,
    catalogs,
    rackspaceImages,
    sessions,
  });
}

describe('createDataset', () => {
  it('produces byte-identical data for the same seed', () => {
    expect(serialize(createDataset(size))).toBe(serialize(createDataset(size)));
  });

  it('produces different data for a different seed', () => {
    const a = createDataset(size);
    const b = createDataset({ ...size, seed: 43 });
    expect(b.customer.id).not.toBe(a.customer.id);
    expect(b.credentials.citrix.clientSecret).not.toBe(a.credentials.citrix.clientSecret);
    expect(b.catalogs.map((c) => c.id)).not.toEqual(a.catalogs.map((c) => c.id));
    expect(sessionId(b, 0)).not.toBe(sessionId(a, 0));
  });

  it('keeps catalogs and images unchanged when only the session count changes', () => {
    const few = createDataset({ ...size, sessions: 10 });
    const many = createDataset({ ...size, sessions: 3000 });
    expect(many.catalogs.map((c) => c.id)).toEqual(few.catalogs.map((c) => c.id));
    expect(many.citrixImages.map((i) => i.id)).toEqual(few.citrixImages.map((i) => i.id));
  });

  it('generates the configured numbers of records', () => {
    const dataset = createDataset({
      seed: 1,
      sessions: 321,
      catalogs: 5,
      citrixImages: 7,
      rackspaceImages: 11,
    });
    expect(dataset.sessions.count).toBe(321);
    expect(dataset.catalogs).toHaveLength(5);
    expect(dataset.citrixImages).toHaveLength(7);
    expect(dataset.rackspaceImages).toHaveLength(11);
  });

  it('generates 100,000 sessions compactly, with unique IDs that map back to their rows', () => {
    const dataset = createDataset({ ...size, sessions: 100_000 });
    expect(dataset.sessions.count).toBe(100_000);
    expect(dataset.sessions.user).toBeInstanceOf(Uint32Array);
    const ids = new Set<string>();
    for (let i = 0; i < dataset.sessions.count; i += 7) ids.add(sessionId(dataset, i));
    expect(ids.size).toBe(Math.ceil(100_000 / 7));
    expect(indexFromCompactId(dataset.idSalts.session, sessionId(dataset, 99_999), 100_000)).toBe(
      99_999,
    );
    expect(indexFromCompactId(dataset.idSalts.machine, sessionId(dataset, 5), 100_000)).toBe(-1);
  });
});

describe('dataset consistency', () => {
  const dataset = createDataset(size);
  const catalogsById = new Map(dataset.catalogs.map((catalog) => [catalog.id, catalog]));
  const imagesById = new Map(dataset.citrixImages.map((image) => [image.id, image]));

  it('puts every session on a machine of an existing catalog that can host sessions', () => {
    for (let i = 0; i < dataset.sessions.count; i += 13) {
      const session = toSessionResponseModel(dataset, i);
      const catalog = catalogsById.get(session.Machine.MachineCatalog.Id);
      expect(catalog?.name).toBe(session.Machine.MachineCatalog.Name);
      expect(sessionHostingStates.has(catalog?.state ?? '')).toBe(true);
      expect(session.Machine.DeliveryGroup.Id).toBe(catalog?.deliveryGroupId);
      expect(session.Machine.SessionSupport).toBe(catalog?.sessionSupport);
    }
  });

  it('links catalogs to Ready images, and images count the catalogs that use them', () => {
    for (const catalog of dataset.catalogs) {
      const image = catalog.imageId ? imagesById.get(catalog.imageId) : undefined;
      expect(image?.state).toBe('Ready');
      expect(image?.name).toBe(catalog.templateImageName);
      expect(image?.linkedCatalogsNames).toContain(catalog.name);
    }
    const links = dataset.citrixImages.reduce((sum, image) => sum + image.linkedCatalogs, 0);
    expect(links).toBe(dataset.catalogs.length);
  });

  it('sizes catalogs to hold their sessions', () => {
    const sessionsPerCatalog = new Map<number, number>();
    for (const catalog of dataset.sessions.catalog) {
      sessionsPerCatalog.set(catalog, (sessionsPerCatalog.get(catalog) ?? 0) + 1);
    }
    dataset.catalogs.forEach((catalog, index) => {
      const hosted = dataset.sessions.machineSessionCounts[index]?.reduce((a, b) => a + b, 0) ?? 0;
      expect(hosted).toBe(sessionsPerCatalog.get(index) ?? 0);
      expect(catalog.totalMachinesInCatalog).toBeGreaterThanOrEqual(
        dataset.sessions.machineSessionCounts[index]?.length ?? 0,
      );
    });
  });

  it('gives some users several sessions, named DOMAIN\\user with a matching UPN', () => {
    const sessionsPerUser = new Map<string, number>();
    for (let i = 0; i < dataset.sessions.count; i++) {
      const { User } = toSessionResponseModel(dataset, i);
      sessionsPerUser.set(User.SamName, (sessionsPerUser.get(User.SamName) ?? 0) + 1);
      expect(User.SamName).toMatch(/^[A-Z]+\\[a-z.]+\d*$/);
      expect(User.PrincipalName.split('@')[0]).toBe(User.SamName.split('\\')[1]);
    }
    expect(Math.max(...sessionsPerUser.values())).toBeGreaterThan(1);
  });
});
