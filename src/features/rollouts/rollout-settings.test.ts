import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../api/citrix/catalogs.ts';
import { citrixImageSchema } from '../../api/citrix/images.ts';
import { citrixSiteOf } from '../../api/citrix/sites.ts';
import { activeCatalog, deprecatedImage } from '../../testing/catalog-fixtures.ts';
import { simulatorConnection } from '../../testing/handlers.ts';
import {
  defaultSettings,
  previewWarningMessage,
  updateImageRequest,
  validateSettings,
} from './rollout-settings.ts';

describe('validateSettings', () => {
  it('maps the three timings to vdaUpdateDelay -1, 0 and N', () => {
    expect(validateSettings({ ...defaultSettings, timing: 'next-shutdown' })).toMatchObject({
      ok: true,
      settings: { vdaUpdateDelay: -1 },
    });
    expect(validateSettings({ ...defaultSettings, timing: 'now' })).toMatchObject({
      ok: true,
      settings: { vdaUpdateDelay: 0 },
    });
    expect(validateSettings({ ...defaultSettings, spreadMinutes: ' 45 ' })).toMatchObject({
      ok: true,
      settings: { vdaUpdateDelay: 45, warningTitle: 'Help desk message' },
    });
  });

  it('takes up to a week of minutes, the longest spread it allows', () => {
    expect(validateSettings({ ...defaultSettings, spreadMinutes: '10080' })).toMatchObject({
      ok: true,
      settings: { vdaUpdateDelay: 10_080 },
    });
  });

  it.each([
    ['', 'Enter how many minutes'],
    ['abc', 'whole number'],
    ['-3', 'whole number'],
    ['2.5', 'whole number'],
    ['0', '1 minute or more'],
    ['9999999999', 'at most 10,080 minutes (7 days)'],
    ['10081', 'at most 10,080 minutes (7 days)'],
  ])('explains spread minutes %j', (spreadMinutes, words) => {
    const result = validateSettings({ ...defaultSettings, spreadMinutes });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.spreadMinutes).toContain(words);
  });

  it('asks for %m% in a custom message, and sends empty fields as null (service defaults)', () => {
    const missing = validateSettings({ ...defaultSettings, warningMessage: 'Restarting soon' });
    expect(missing.ok ? '' : missing.errors.warningMessage).toContain('%m%');
    expect(
      validateSettings({ ...defaultSettings, warningTitle: ' ', warningMessage: '' }),
    ).toMatchObject({
      ok: true,
      settings: { warningTitle: null, warningMessage: null },
    });
  });

  it('gives the contract’s reason for a hidden direction character or an over-long title', () => {
    const result = validateSettings({
      ...defaultSettings,
      warningTitle: 'x'.repeat(256),
      warningMessage: 'In %m% min\u2066',
    });
    expect(result.ok ? {} : result.errors).toEqual({
      warningTitle: 'The warning title is 256 characters long; the limit is 255. Remove 1.',
      warningMessage: expect.stringMatching(
        /^The warning message contains an invisible left-to-right isolate/,
      ),
    });
  });
});

it('previews the message with every %m% replaced', () => {
  expect(previewWarningMessage('In %m% min (%m%)', 5)).toBe('In 5 min (5)');
});

describe('updateImageRequest', () => {
  const site = citrixSiteOf(simulatorConnection.citrix)!;
  const catalog = catalogSchema.parse(activeCatalog);
  const image = citrixImageSchema.parse(deprecatedImage);

  it('names the catalog, the image and whether Citrix prepared it, with the settings', () => {
    expect(updateImageRequest(site, catalog, image, validateSettings(defaultSettings))).toEqual({
      site,
      catalogId: 'cat-active',
      templateId: 'img-old',
      citrixPrepared: true,
      settings: {
        vdaUpdateDelay: 60,
        warningTitle: 'Help desk message',
        warningMessage: expect.any(String),
      },
    });
  });

  it('is null until a catalog, an image and valid settings are all chosen', () => {
    const valid = validateSettings(defaultSettings);
    expect(updateImageRequest(site, undefined, image, valid)).toBeNull();
    expect(updateImageRequest(site, catalog, undefined, valid)).toBeNull();
    const invalid = validateSettings({ ...defaultSettings, spreadMinutes: '' });
    expect(updateImageRequest(site, catalog, image, invalid)).toBeNull();
  });
});
