/**
 * The generated data that later endpoints will serve (catalogs, images, sessions), checked now against
 * the official schemas and enum lists, so every future endpoint starts from valid records.
 */
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../server/simulator/data/dataset.ts';
import { toSessionResponseModel } from '../../server/simulator/data/session-model.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectValid, readSpec, specSchema, specsDir } from './specs.ts';

const dataset = createDataset({
  seed: 42,
  sessions: 3000,
  catalogs: 24,
  citrixImages: 60,
  rackspaceImages: 50,
});
const sessionSample = Array.from({ length: 300 }, (_, i) =>
  toSessionResponseModel(dataset, i * 10),
);

function enums(file: string): Record<string, string[]> {
  return JSON.parse(readFileSync(path.join(specsDir, file), 'utf8')) as Record<string, string[]>;
}

describe('catalog-service records', () => {
  it('every catalog is a CatalogConfiguration', () => {
    const validate = specSchema('catalogService', 'CatalogConfiguration');
    for (const catalog of dataset.catalogs) expectValid(validate, catalog);
  });

  it('every master image is a TemplateImageOverview', () => {
    const validate = specSchema('catalogService', 'TemplateImageOverview');
    for (const image of dataset.citrixImages) expectValid(validate, image);
  });

  it('uses only states from enums-catalogservice.json, and several of them', () => {
    const known = enums('enums-catalogservice.json');
    const catalogStates = new Set(dataset.catalogs.map((catalog) => catalog.state));
    const imageStates = new Set(dataset.citrixImages.map((image) => image.state));
    for (const state of catalogStates) expect(known.CatalogOverallState).toContain(state);
    for (const state of imageStates) expect(known.TemplateImageState).toContain(state);
    expect(catalogStates.size).toBeGreaterThan(2);
    expect(imageStates.size).toBeGreaterThan(2);
  });
});

describe('cvad/manage session records', () => {
  it('expanded sessions are SessionResponseModels, and a page of them a SessionResponseModelCollection', () => {
    const validate = specSchema('cvad', 'SessionResponseModel');
    for (const session of sessionSample) expectValid(validate, session);
    expectValid(specSchema('cvad', 'SessionResponseModelCollection'), {
      Items: sessionSample.slice(0, 5),
    });
  });

  it('uses enum values that enums-cvad.json lists', () => {
    const known = enums('enums-cvad.json');
    for (const session of sessionSample) {
      expect(known.SessionState).toContain(session.State);
      expect(known.SessionType).toContain(session.SessionType);
      expect(known.AppState).toContain(session.AppState);
      expect(known.ProtocolType).toContain(session.Connection.Protocol);
      expect(known.SessionSupport).toContain(session.Machine.SessionSupport);
      expect(known.SummaryState).toContain(session.Machine.SummaryState);
    }
  });

  it('the spec files load from SPECS_DIR or ../shared/specs', () => {
    expect(
      Object.keys(readSpec('cvad-sessions-jobs-me-subset-2023.json').components.schemas).length,
    ).toBeGreaterThan(50);
  });
});
