/**
 * Catalog-service catalogs and image updates served by the simulator over real HTTP, checked against
 * the official catalog-service OpenAPI document (../shared/specs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataset } from '../../server/simulator/data/dataset.ts';
import { failsVerification } from '../../server/simulator/data/verification-failure.ts';
import {
  createManualClock,
  startSimulator,
  type SimulatorHandle,
} from '../../server/simulator/index.ts';
import {
  documentedSchema,
  expectInvalid,
  expectValid,
  openApiToJsonSchema,
  specFiles,
  specSchema,
  specsDir,
} from './specs.ts';
import { tickSimulator } from '../support/simulator-clock.ts';
import { mintCitrixToken } from '../support/simulator-token.ts';

/**
 * `CatalogStatusOverview` (what the update's Location answers) is in the full spec only, not in the
 * JSON subset; its `$ref`s point at schemas the subset has, so they resolve there.
 */
interface FullSpec {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
}

function fullSpec(): FullSpec {
  return parse(
    readFileSync(path.join(specsDir, 'catalogservice-openapi.yaml'), 'utf8'),
  ) as FullSpec;
}

function catalogStatusSchema() {
  specSchema('catalogService', 'CatalogOverview'); // registers the subset the refs point into
  const spec = fullSpec();
  const schema = JSON.stringify(
    openApiToJsonSchema(spec.components.schemas.CatalogStatusOverview as never),
  ).replaceAll('"#/components/schemas/', `"${specFiles.catalogService}#/components/schemas/`);
  return documentedSchema(JSON.parse(schema) as object);
}

const errorSchema = documentedSchema({
  type: 'object',
  required: ['message'],
  properties: { message: { type: 'string', minLength: 1 } },
});

interface CatalogRecord {
  id: string;
  state: string;
  sessionSupport: string;
  imageId: string | null;
}

let sim: SimulatorHandle;
let headers: Record<string, string>;
let base: string;
const get = (p: string) => fetch(`${base}${p}`, { headers });
const post = (p: string, body: unknown) =>
  fetch(`${base}${p}`, { method: 'POST', headers, body: JSON.stringify(body) });

beforeAll(async () => {
  sim = await startSimulator({
    config: { sessions: 100, rolloutSeconds: 2 },
    clock: createManualClock(),
  });
  const { customerId } = sim.credentials.citrix;
  const token = await mintCitrixToken(sim);
  headers = { Authorization: `CwsAuth bearer=${token}`, 'Content-Type': 'application/json' };
  const sites = (await (
    await fetch(`${sim.url}/catalogservice/${customerId}/sites`, { headers })
  ).json()) as { items: { id: string }[] };
  base = `${sim.url}/catalogservice/${customerId}/${sites.items[0]!.id}`;
});
afterAll(() => sim.close());

describe('catalogs (official schemas)', () => {
  it('the list is a CustomerCatalogOverviewsModel with catalogs in every state the console shows', async () => {
    const body = (await (await get('/catalogs')).json()) as { items: CatalogRecord[] };
    expectValid(specSchema('catalogService', 'CustomerCatalogOverviewsModel'), body);
    const states = new Set(body.items.map((catalog) => catalog.state));
    for (const state of ['Active', 'InputRequired', 'Processing', 'Error', 'PreDeployment']) {
      expect(states).toContain(state);
    }
    expect(new Set(body.items.map((c) => c.sessionSupport))).toEqual(
      new Set(['MultiSession', 'SingleSession']),
    );
  });

  it('one catalog is a CatalogOverview', async () => {
    const { items } = (await (await get('/catalogs')).json()) as { items: CatalogRecord[] };
    expectValid(
      specSchema('catalogService', 'CatalogOverview'),
      await (await get(`/catalogs/${items[0]!.id}`)).json(),
    );
  });

  it('an update is accepted with 202 and its Location answers a CatalogStatusOverview until the end', async () => {
    const validateStatus = catalogStatusSchema();
    expectInvalid(validateStatus, { subState: 'ProcessingVerifyingMasterImage' });
    const { items: catalogs } = (await (await get('/catalogs')).json()) as {
      items: CatalogRecord[];
    };
    // The simulator is deterministic: the same config generates the same images it serves.
    const images = createDataset(sim.config).citrixImages;
    const catalog = catalogs.find((c) => c.state === 'Active')!;
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.sessionSupport === catalog.sessionSupport &&
        i.id !== catalog.imageId &&
        !failsVerification(i),
    )!;
    const body = { templateId: image.id, citrixPrepared: false, vdaUpdateDelay: 0 };
    expectValid(specSchema('catalogService', 'UpdateCatalogTemplateImageModel'), body);

    const accepted = await post(`/catalogs/${catalog.id}/$updateImage?async=true`, body);
    expect(accepted.status).toBe(202);
    expectValid(documentedSchema({ type: 'string' }), await accepted.json());
    const location = accepted.headers.get('Location')!;
    expect(location.startsWith(base)).toBe(true);

    const running = await (await fetch(location, { headers })).json();
    expectValid(validateStatus, running);
    expect(running).toMatchObject({ state: 'Processing' });
    await tickSimulator(sim, 2.2);
    const done = await (await fetch(location, { headers })).json();
    expectValid(validateStatus, done);
    expect(done).toMatchObject({ state: 'Active' });
  });

  it('the legacy updateImage (UpdateCatalogImage) answers only what its operation declares: 200 with a string, refusals with a message', async () => {
    const operation =
      fullSpec().paths['/{customerId}/{siteId}/catalogs/{catalogId}/updateImage']!.post!;
    const declared = Object.keys(operation.responses);
    const ok = operation.responses['200']!.content as {
      'application/json': { schema: object };
    };
    const validateOk = documentedSchema(ok['application/json'].schema);
    const { items: catalogs } = (await (await get('/catalogs')).json()) as {
      items: CatalogRecord[];
    };
    const images = createDataset(sim.config).citrixImages;
    const catalog = catalogs.find((c) => c.state === 'Active')!;
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.sessionSupport === catalog.sessionSupport &&
        i.id !== catalog.imageId &&
        !failsVerification(i),
    )!;
    const body = { templateId: image.id, citrixPrepared: false };
    expectValid(specSchema('catalogService', 'UpdateCatalogTemplateImageModel'), body);

    const updated = await post(`/catalogs/${catalog.id}/updateImage`, body);
    expect(updated.status).toBe(200);
    expectValid(validateOk, await updated.json());
    for (const refused of [
      await post(`/catalogs/${catalog.id}/updateImage`, body), // now busy
      await post(`/catalogs/${catalog.id}/updateImage`, { vdaUpdateDelay: 5 }),
      await post('/catalogs/no-such-catalog/updateImage', body),
    ]) {
      expect(declared).toContain(String(refused.status));
      expectValid(errorSchema, await refused.json());
    }
  });

  it('refusals carry a message', async () => {
    const { items } = (await (await get('/catalogs')).json()) as { items: CatalogRecord[] };
    const processing = items.find((c) => c.state === 'Processing')!;
    for (const response of [
      await post(`/catalogs/${processing.id}/$updateImage?async=true`, { templateId: 'x' }),
      await post(`/catalogs/${items[0]!.id}/$updateImage`, { templateId: 'x' }),
      await post(`/catalogs/${items[0]!.id}/$updateImage?async=true`, { vdaUpdateDelay: -5 }),
    ]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectValid(errorSchema, await response.json());
    }
  });
});
