import type { GalleryImage, StateTone } from './gallery-image.ts';
import type { GallerySearch } from './gallery-search.ts';

const toneOrder: Record<StateTone, number> = { failed: 0, 'in-progress': 1, other: 2, ready: 3 };

const comparators: Record<GallerySearch['sort'], (a: GalleryImage, b: GalleryImage) => number> = {
  newest: (a, b) => (b.created ?? '').localeCompare(a.created ?? ''),
  name: (a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }),
  // Problems first: what needs attention comes to the top.
  state: (a, b) => toneOrder[a.tone] - toneOrder[b.tone] || a.name.localeCompare(b.name),
};

/** Search and the facets the APIs lack, applied in the browser over what was fetched. */
export function filterImages(images: readonly GalleryImage[], search: GallerySearch) {
  const words = search.q.toLowerCase().split(/\s+/).filter(Boolean);
  return images
    .filter(
      (image) =>
        words.every((word) => image.searchText.includes(word)) &&
        (search.tone === null || image.tone === search.tone) &&
        (search.os === null || image.os === search.os) &&
        (search.session === null || image.sessionSupport === search.session) &&
        (search.deprecated === 'show' ||
          (search.deprecated === 'hide' ? !image.deprecated : image.deprecated)),
    )
    .sort(comparators[search.sort]);
}

/** The distinct operating systems, for the OS facet. */
export function osOptions(images: readonly GalleryImage[]): string[] {
  return [...new Set(images.map((image) => image.os).filter((os): os is string => !!os))].sort();
}
