/** Catalog-service image endpoints over real HTTP, against the official OpenAPI schemas. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import { documentedSchema, expectValid, specSchema, specsDir } from './specs.ts';
import { mintCitrixToken } from '../support/simulator-token.ts';

let sim: SimulatorHandle;
let base: string;
let headers: Record<string, string>;
const get = (suffix: string) => fetch(`${base}${suffix}`, { headers });

/** Undocumented error bodies: Terraform reads `message` (reference/citrix-notes.md §3.5). */
const errorSchema = documentedSchema({
  type: 'object',
  required: ['message'],
  properties: { message: { type: 'string', minLength: 1 } },
});

beforeAll(async () => {
  sim = await startSimulator({ config: { sessions: 50, citrixImages: 200 } });
  const { customerId } = sim.credentials.citrix;
  const token = await mintCitrixToken(sim);
  headers = { Authorization: `CwsAuth bearer=${token}` };
  const sites = (await (
    await fetch(`${sim.url}/catalogservice/${customerId}/sites`, { headers })
  ).json()) as { items: { id: string }[] };
  base = `${sim.url}/catalogservice/${customerId}/${sites.items[0]!.id}/images`;
});
afterAll(() => sim.close());

describe('catalog-service images (official schemas)', () => {
  it('GET images is a CustomerTemplateImageOverviewsModel with and without each filter', async () => {
    const validate = specSchema('catalogService', 'CustomerTemplateImageOverviewsModel');
    for (const query of [
      '',
      '?includeCitrixPrepared=false&includeCustomerPrepared=true',
      '?includeCitrixPrepared=true&includeCustomerPrepared=false',
      '?azureSubscriptions=00000000-0000-4000-8000-000000000000',
    ]) {
      const response = await get(query);
      expect(response.status, query).toBe(200);
      expectValid(validate, await response.json());
    }
  });

  it('uses only TemplateImageState and TemplateImageSubState values of the enums', async () => {
    const enums = JSON.parse(
      readFileSync(path.join(specsDir, 'enums-catalogservice.json'), 'utf8'),
    ) as Record<string, string[]>;
    const { items } = (await (await get('')).json()) as {
      items: { state: string; subState: string | null }[];
    };
    for (const image of items) {
      expect(enums.TemplateImageState).toContain(image.state);
      if (image.subState) expect(enums.TemplateImageSubState).toContain(image.subState);
    }
  });

  it('GET images/{imageId} is a TemplateImageDetails, for an image with catalogs and one without', async () => {
    const validate = specSchema('catalogService', 'TemplateImageDetails');
    const { items } = (await (await get('')).json()) as {
      items: { id: string; linkedCatalogs: number }[];
    };
    const used = items.find((image) => image.linkedCatalogs > 0)!;
    const unused = items.find((image) => image.linkedCatalogs === 0)!;
    for (const image of [used, unused]) {
      const response = await get(`/${image.id}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { catalogs: unknown[] };
      expectValid(validate, body);
      expect(body.catalogs).toHaveLength(image.linkedCatalogs);
    }
  });

  it('answers 404 and 400 with a message', async () => {
    const missing = await get('/no-such-image');
    expect(missing.status).toBe(404);
    expectValid(errorSchema, await missing.json());
    const bad = await get('?includeCustomerPrepared=yes');
    expect(bad.status).toBe(400);
    expectValid(errorSchema, await bad.json());
  });
});
