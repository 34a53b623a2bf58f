import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../api/citrix/catalogs.ts';
import { citrixImageSchema } from '../../api/citrix/images.ts';
import { eligibleImages, preflight } from './preflight.ts';
import { activeCatalog, inputRequiredCatalog, testImages } from '../../testing/catalog-fixtures.ts';
import { blakeAdmin, rolloutOperation } from '../../testing/operation-fixtures.ts';

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
  it('blocks an active catalog while the server reports anyone’s rollout on it running, naming who', () => {
    const running = rolloutOperation({ startedBy: blakeAdmin });
    const result = preflight(catalog({}), running);
    expect(result.ok ? '' : result.reason).toMatch(
      /^A rollout is already running on Finance Shared: Blake Builder started it at /,
    );
  });
});

it('keeps only Ready images of the catalog’s session support', () => {
  const images = testImages.map((image) => citrixImageSchema.parse(image));
  expect(eligibleImages(images, catalog({})).map((i) => i.id)).toEqual([
    'img-current',
    'img-new',
    'img-old',
  ]);
});
