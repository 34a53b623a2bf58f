import { describe, expect, it } from 'vitest';
import { catalogSchema, rolloutImageSchema } from './api/catalog-schemas.ts';
import { eligibleImages, preflight } from './preflight.ts';
import type { RolloutRecord } from './rollout-store.ts';
import { activeCatalog, inputRequiredCatalog, testImages } from '../../testing/catalog-fixtures.ts';

const catalog = (fields: Record<string, unknown>) =>
  catalogSchema.parse({ ...activeCatalog, ...fields });

describe('preflight', () => {
  it('passes Active and InputRequired catalogs', () => {
    expect(preflight(catalog({}), undefined).ok).toBe(true);
    expect(preflight(catalogSchema.parse(inputRequiredCatalog), undefined).ok).toBe(true);
  });
  it.each(['Processing', 'Error', 'PreDeployment', 'Deleting'])(
    'blocks a catalog in %s',
    (state) => {
      expect(preflight(catalog({ state }), undefined).ok).toBe(false);
    },
  );
  it('blocks while a rollout started from this browser is unfinished', () => {
    const running = { catalogId: activeCatalog.id } as RolloutRecord;
    const result = preflight(catalog({}), running);
    expect(result.ok ? '' : result.reason).toContain('already running');
  });
});

it('keeps only Ready images of the catalog’s session support', () => {
  const images = testImages.map((image) => rolloutImageSchema.parse(image));
  expect(eligibleImages(images, catalog({})).map((i) => i.id)).toEqual([
    'img-current',
    'img-new',
    'img-old',
  ]);
});
