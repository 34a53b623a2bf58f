import { describe, expect, it } from 'vitest';
import { rackspaceImageSchema } from '../../api/rackspace/images.ts';
import { rackspaceImage } from '../../testing/image-fixtures.ts';
import { distinctValues, sortImages } from './filter-images.ts';
import { fromRackspaceImage } from './gallery-image.ts';

const inRegion = (index: number, region: string) =>
  fromRackspaceImage(rackspaceImageSchema.parse(rackspaceImage(index)), region, Date.now());

describe('regions, in the order a person reads them', () => {
  // Shown as "Dallas (DFW)", "Chicago (ORD)", "London (LON)": by their codes the order would be
  // DFW, LON, ORD, which reads as unsorted.
  const images = [inRegion(1, 'DFW'), inRegion(2, 'ORD'), inRegion(3, 'LON')];

  it('sorts the table by the region’s words', () => {
    const sorted = sortImages(images, { sort: 'region', direction: 'asc' });
    expect(sorted.map((image) => image.region)).toEqual(['ORD', 'DFW', 'LON']);
  });

  it('offers the region filter’s choices by their words', () => {
    expect(distinctValues(images, 'region')).toEqual(['ORD', 'DFW', 'LON']);
  });
});
