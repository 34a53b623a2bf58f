import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../api/citrix/catalogs.ts';
import { citrixImageSchema } from '../../api/citrix/images.ts';
import { eligibleImages, imageChoice, preflight } from './preflight.ts';
import {
  activeCatalog,
  inputRequiredCatalog,
  newImage,
  testImages,
} from '../../testing/catalog-fixtures.ts';
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
  it.each([
    ['Error', 'Finance Shared is in the Error state'],
    ['PreDeployment', 'Finance Shared is in the Not deployed state'],
    ['Deleting', 'Finance Shared is in the Deleting state'],
  ])('says a catalog in %s is in that state, in a sentence that reads', (state, words) => {
    const result = preflight(catalog({ state }), undefined);
    expect(result.ok ? '' : result.reason).toMatch(new RegExp(`^${words}: only an active`));
  });
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

describe('imageChoice', () => {
  const images = testImages.map((image) => citrixImageSchema.parse(image));

  it('chooses the image the address names when the catalog can take it', () => {
    expect(imageChoice(images, newImage.id, catalog({}))).toEqual({
      chosen: images.find((image) => image.id === newImage.id),
      refusal: null,
    });
  });

  it('chooses nothing, without a refusal, for the image the catalog already has', () => {
    expect(imageChoice(images, 'img-current', catalog({}))).toEqual({
      chosen: undefined,
      refusal: null,
    });
  });

  it('says why an image of another session support cannot be used', () => {
    expect(imageChoice(images, 'img-single', catalog({})).refusal).toBe(
      'Developers Desktop #3 is for single-session machines; Finance Shared is for multi-session machines.',
    );
  });

  it('names an image the site does not have once the images are known, and not before', () => {
    expect(imageChoice(images, 'img-gone', catalog({})).refusal).toBe(
      'No image with ID ‘img-gone’ exists in this site.',
    );
    expect(imageChoice(undefined, 'img-gone', catalog({})).refusal).toBeNull();
  });
});
