import { describe, expect, it } from 'vitest';
import { citrixImageSchema, type CitrixImage } from '../../api/citrix/images.ts';
import { currentImage, newImage } from '../../testing/catalog-fixtures.ts';
import { rolloutRisks } from './rollout-risks.ts';

const image = (fields: Record<string, unknown> = {}): CitrixImage =>
  citrixImageSchema.parse({ ...newImage, ...fields });
const current = citrixImageSchema.parse(currentImage);
const kinds = (next: CitrixImage, delay = 60, now = current) =>
  rolloutRisks({ current: now, next, vdaUpdateDelay: delay }).map((risk) => risk.kind);

describe('rolloutRisks: what needs a second look before a rollout starts', () => {
  it('finds nothing in a newer image of the same OS family, restarting with a warning', () => {
    expect(kinds(image())).toEqual([]);
  });

  it.each([
    [{ osName: 'Windows 11 Enterprise multi-session', isServerOs: false }],
    [{ osName: 'Windows 10 Enterprise multi-session' }],
    [{ osName: 'Windows Server 2019' }],
  ])('warns when the OS family changes: %j', (fields) => {
    const risks = rolloutRisks({ current, next: image(fields), vdaUpdateDelay: 60 });
    expect(risks.map((risk) => risk.kind)).toEqual(['os-family']);
    expect(risks[0]!.words).toMatch(/Windows Server 2022.*→|runs .* instead of/);
  });

  it('does not call a new build of the same family a change', () => {
    expect(kinds(image({ osName: 'Windows Server 2022 Datacenter', osVersion: '23H2' }))).toEqual(
      [],
    );
  });

  it.each([
    ['2311', true],
    ['2407', false],
    ['2411', false],
    ['7.15.8000', true],
    ['2407.1', false],
  ])('VDA %s against the current 2407 is older: %s', (vdaVersion, older) => {
    expect(kinds(image({ vdaVersion })).includes('older-vda')).toBe(older);
  });

  it('warns about a deprecated image and about restarting now', () => {
    expect(kinds(image({ isDeprecated: true }), 0)).toEqual(['deprecated', 'restart-now']);
  });

  it('says nothing it cannot know: no current image, no versions', () => {
    expect(
      rolloutRisks({
        current: undefined,
        next: image({ vdaVersion: undefined, osName: undefined }),
        vdaUpdateDelay: -1,
      }),
    ).toEqual([]);
  });
});
