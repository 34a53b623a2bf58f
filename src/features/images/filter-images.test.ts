import { describe, expect, it } from 'vitest';
import { rackspaceImageSchema } from '../../api/rackspace/images.ts';
import { rackspaceImage } from '../../testing/image-fixtures.ts';
import { distinctValues, sortParts } from './filter-images.ts';
import { fromRackspaceImage } from './gallery-image.ts';

const inRegion = (index: number, region: string) =>
  fromRackspaceImage(rackspaceImageSchema.parse(rackspaceImage(index)), region, Date.now());

describe('regions, in the order a person reads them', () => {
  // Shown as "Dallas (DFW)", "Chicago (ORD)", "London (LON)": by their codes the order would be
  // DFW, LON, ORD, which reads as unsorted.
  const images = [inRegion(1, 'DFW'), inRegion(2, 'ORD'), inRegion(3, 'LON')];

  it('sorts the table by the region’s words', () => {
    const sorted = sortParts([images], { sort: 'region', direction: 'asc' });
    expect(sorted.map((image) => image.region)).toEqual(['ORD', 'DFW', 'LON']);
  });

  it('offers the region filter’s choices by their words', () => {
    expect(distinctValues(images, 'region')).toEqual(['ORD', 'DFW', 'LON']);
  });
});

describe('sorting the list part by part', () => {
  const named = (name: string, region: string, created: string) => ({
    ...inRegion(name.length, region),
    id: `${region}-${name}`,
    name,
    created,
  });
  const dallas = [named('b', 'DFW', '2026-01-02'), named('d', 'DFW', '2026-01-04')];
  const chicago = [named('c', 'ORD', '2026-01-03'), named('a', 'ORD', '2026-01-01')];
  const london = [named('e', 'LON', '2026-01-05'), named('b', 'LON', '2026-01-02')];
  const ids = (images: { id: string }[]) => images.map((image) => image.id);

  it('gives every part in one order, as one sort of them all would', () => {
    const byName = sortParts([dallas, chicago, london], { sort: 'name', direction: 'asc' });
    expect(ids(byName)).toEqual(['ORD-a', 'DFW-b', 'LON-b', 'ORD-c', 'DFW-d', 'LON-e']);
    const newest = sortParts([dallas, chicago, london], { sort: 'newest', direction: 'desc' });
    expect(ids(newest)).toEqual(['LON-e', 'DFW-d', 'ORD-c', 'DFW-b', 'LON-b', 'ORD-a']);
  });

  it('keeps images that tie in the order of their parts', () => {
    // LON-b and DFW-b tie on name: London's part is given first, so its image comes first.
    expect(ids(sortParts([london, dallas], { sort: 'name', direction: 'asc' }))).toEqual([
      'LON-b',
      'DFW-b',
      'DFW-d',
      'LON-e',
    ]);
  });

  it('takes a part that grew as it is now, not as it was sorted before', () => {
    const order = { sort: 'name', direction: 'desc' } as const;
    expect(ids(sortParts([dallas], order))).toEqual(['DFW-d', 'DFW-b']);
    const grown = [...dallas, named('z', 'DFW', '2026-01-09')];
    expect(ids(sortParts([grown, chicago], order))).toEqual([
      'DFW-z',
      'DFW-d',
      'ORD-c',
      'DFW-b',
      'ORD-a',
    ]);
  });
});
