import type { Catalog } from './api/catalog-schemas.ts';

export const catalogSortKeys = ['name', 'state', 'image', 'machines', 'users', 'region'] as const;
export type CatalogSortKey = (typeof catalogSortKeys)[number];

/** What the list shows, read from (and written to) the URL: `?q=…&sort=machines&dir=desc`. */
export interface CatalogListView {
  query: string;
  sort: CatalogSortKey;
  descending: boolean;
}

export function readCatalogListView(params: URLSearchParams): CatalogListView {
  const sort = params.get('sort');
  return {
    query: params.get('q') ?? '',
    sort: catalogSortKeys.includes(sort as CatalogSortKey) ? (sort as CatalogSortKey) : 'name',
    descending: params.get('dir') === 'desc',
  };
}

export function writeCatalogListView(view: CatalogListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  if (view.sort !== 'name') params.set('sort', view.sort);
  if (view.descending) params.set('dir', 'desc');
  return params;
}

const sortValue: Record<CatalogSortKey, (catalog: Catalog) => string | number> = {
  name: (c) => c.name.toLowerCase(),
  state: (c) => c.state,
  image: (c) => (c.templateImageName ?? '').toLowerCase(),
  machines: (c) => c.totalMachinesInCatalog ?? -1,
  users: (c) => c.numOfUsers ?? -1,
  region: (c) => c.region,
};

/** Filters by name, image, region, state or session support, then sorts (name breaks ties). */
export function applyCatalogListView(catalogs: Catalog[], view: CatalogListView): Catalog[] {
  const needle = view.query.trim().toLowerCase();
  const matching = needle
    ? catalogs.filter((c) =>
        [c.name, c.templateImageName, c.region, c.state, c.sessionSupport]
          .filter(Boolean)
          .some((field) => field!.toLowerCase().includes(needle)),
      )
    : catalogs;
  const value = sortValue[view.sort];
  const direction = view.descending ? -1 : 1;
  return [...matching].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x < y) return -direction;
    if (x > y) return direction;
    return a.name.localeCompare(b.name);
  });
}
