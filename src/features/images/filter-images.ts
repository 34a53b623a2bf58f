import { builtOnFirstUse } from '../../lib/built-on-first-use.ts';
import { regionWords } from '../../lib/region-words.ts';
import type { GalleryImage, StateTone } from './gallery-image.ts';
import { exactName, type GallerySearch, type GallerySortKey } from './gallery-search.ts';

const toneOrder: Record<StateTone, number> = { failed: 0, 'in-progress': 1, other: 2, ready: 3 };
const collator = builtOnFirstUse(
  () => new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }),
);
const byName = (a: GalleryImage, b: GalleryImage) => collator().compare(a.name, b.name);

/** Regions as people read them, by their words: "Chicago (ORD)" before "Dallas (DFW)". */
export const byRegionWords = (a: string, b: string) =>
  collator().compare(regionWords(a), regionWords(b));

/** Plain code-unit order: ISO dates compare in time order, far faster than `localeCompare`. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dates as ISO text; a missing value sorts last either way. */
const byText =
  (value: (image: GalleryImage) => string | null) => (a: GalleryImage, b: GalleryImage) =>
    byCodeUnits(value(a) ?? '\uffff', value(b) ?? '\uffff');
const byNumber =
  (value: (image: GalleryImage) => number | null) => (a: GalleryImage, b: GalleryImage) =>
    (value(a) ?? Infinity) - (value(b) ?? Infinity);

const comparators: Record<GallerySortKey, (a: GalleryImage, b: GalleryImage) => number> = {
  newest: (a, b) => byCodeUnits(b.created ?? '', a.created ?? ''),
  name: byName,
  // Problems first: what needs attention comes to the top.
  state: (a, b) => toneOrder[a.tone] - toneOrder[b.tone],
  provider: (a, b) => byCodeUnits(a.provider, b.provider),
  region: (a, b) => byRegionWords(a.region ?? '', b.region ?? ''),
  created: byText((image) => image.created),
  updated: byText((image) => image.updated),
  size: byNumber((image) => image.size),
  catalogs: byNumber((image) => image.linkedCatalogs),
};

type Compare = (a: GalleryImage, b: GalleryImage) => number;

/** The order of a sort: ties go by name, ascending whatever the direction. */
function orderOf({ sort, direction }: Pick<GallerySearch, 'sort' | 'direction'>): Compare {
  const compare = comparators[sort];
  const sign = direction === 'desc' && sort !== 'newest' ? -1 : 1;
  return (a, b) => sign * compare(a, b) || byName(a, b);
}

/** Two sorted lists as one; on a tie the first list's image comes first, as a stable sort keeps it. */
function mergeTwo(a: readonly GalleryImage[], b: readonly GalleryImage[], compare: Compare) {
  const merged: GalleryImage[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = compare(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

// Each part (Citrix's list, one region's) sorted once per sort: when one region's next page
// arrives, only that region is sorted again and the parts are merged, not all of them resorted.
const sortedParts = new WeakMap<readonly GalleryImage[], Map<string, GalleryImage[]>>();

function sortedPart(part: readonly GalleryImage[], key: string, compare: Compare) {
  let bySort = sortedParts.get(part);
  if (!bySort) sortedParts.set(part, (bySort = new Map()));
  let sorted = bySort.get(key);
  if (!sorted) bySort.set(key, (sorted = [...part].sort(compare)));
  return sorted;
}

/**
 * Every part in one sorted list, sorted once per list and sort so that a filter change only
 * filters (filtering keeps the order). The same list as sorting them all together (ties keep the
 * parts' order), at the cost of sorting only the parts not sorted before and merging the rest.
 */
export function sortParts(
  parts: readonly (readonly GalleryImage[])[],
  order: Pick<GallerySearch, 'sort' | 'direction'>,
): GalleryImage[] {
  const compare = orderOf(order);
  const key = `${order.sort} ${order.direction}`;
  let lists = parts.filter((part) => part.length > 0).map((part) => sortedPart(part, key, compare));
  if (lists.length === 0) return [];
  // Neighbours merged pairwise, in order: n log(parts) comparisons, and ties stay in part order.
  while (lists.length > 1) {
    const next: GalleryImage[][] = [];
    for (let i = 0; i < lists.length; i += 2) {
      next.push(i + 1 < lists.length ? mergeTwo(lists[i]!, lists[i + 1]!, compare) : lists[i]!);
    }
    lists = next;
  }
  return lists[0]!;
}

/** The search and every facet, over what was loaded; each facet is "any of" its values. */
export function filterImages(images: readonly GalleryImage[], search: GallerySearch) {
  const exact = exactName(search.q);
  const words = exact ? [] : search.q.toLowerCase().split(/\s+/).filter(Boolean);
  const states = new Set<string>(search.states);
  const providers = new Set<string>(search.providers);
  const regions = new Set(search.regions);
  const os = new Set(search.os);
  const sessions = new Set<string>(search.sessions);
  const sources = new Set<string>(search.sources);
  const { deprecated } = search;
  const attention = search.preset === 'attention';
  return images.filter(
    (image) =>
      (!attention || image.needsAttention) &&
      (states.size === 0 ||
        states.has(image.tone) ||
        (image.deprecated && states.has('deprecated'))) &&
      (providers.size === 0 || providers.has(image.provider)) &&
      (regions.size === 0 || regions.has(image.region ?? '')) &&
      (os.size === 0 || os.has(image.osFamily ?? '')) &&
      (sessions.size === 0 || sessions.has(image.sessionSupport ?? '')) &&
      (sources.size === 0 || sources.has(image.preparedBy)) &&
      (deprecated === 'show' || image.deprecated === (deprecated === 'only')) &&
      (exact ? image.name === exact : words.every((word) => image.searchText.includes(word))),
  );
}

/** The distinct values of a field, for a facet's choices. */
export function distinctValues(
  images: readonly GalleryImage[],
  field: 'osFamily' | 'region',
): string[] {
  const values = new Set<string>();
  for (const image of images) if (image[field]) values.add(image[field]);
  return [...values].sort(field === 'region' ? byRegionWords : collator().compare);
}
