import { machineSearchCall, sessionSearchCall } from '../api/citrix/search-requests.ts';
import { isOperationId } from '../../contracts/operation-id.ts';
import { citrixImageListSearch } from '../api/citrix/image-list-request.ts';
import {
  catalogPath,
  catalogsPath,
  citrixImagePath,
  citrixImagesPath,
  type CitrixSite,
} from '../api/citrix/sites.ts';
import {
  firstListingPageSize,
  rackspaceListingPath,
  rackspaceListingSearch,
  rackspaceListRequestsAtOnce,
} from '../api/rackspace/image-requests.ts';
import { operationPath } from '../api/console/operation-paths.ts';
import {
  indicatorOperationFilters,
  indicatorPlanFilters,
  rolloutHistoryFilters,
  runningRolloutFilters,
} from '../features/rollouts/operation-reads.ts';
import { everyCitrixImage, galleryRegions } from '../features/images/gallery-reads.ts';
import { personMachinesSearch, personSessionsRequest } from '../features/people/person-search.ts';
import type { Permissions } from '../../contracts/identity-api.ts';
import type { EarlyRead } from '../lib/early-answers.ts';
import { decodedSegment } from '../lib/path-segment.ts';
import { catalogServiceRead, consoleRead, cvadSearch, rackspaceRead } from './requests.ts';

/** The connection's status, which names the Citrix site (the HTML preloads it too). */
export const connectionRead = consoleRead('connection');

/** The signed-in person and what their role allows (the HTML preloads it too). */
export const meRead = consoleRead('me');

/** What a role may do beyond reading (`permissions` of `GET /api/me`), which reads can wait for. */
export type Permission = keyof Permissions;

/** Whether a `me` answer grants the permission, read field by field as the site is. */
export function grants(me: unknown, permission: Permission): boolean {
  const permissions = (me as { permissions?: Record<string, unknown> } | null)?.permissions;
  return permissions?.[permission] === true;
}

/**
 * The Citrix site of a connection status as answered, checked field by field: the early reads
 * have no schema (the app's, in zod, is too big to load before it). Null unless connected.
 */
export function siteOfConnection(status: unknown): CitrixSite | null {
  const citrix = (status as { citrix?: Record<string, unknown> } | null)?.citrix;
  const { state, customerId, siteId } = citrix ?? {};
  return state === 'connected' && typeof customerId === 'string' && typeof siteId === 'string'
    ? { customerId, siteId }
    : null;
}

/** The Rackspace account of a connected connection, as `siteOfConnection` reads the site. */
export interface RackspaceTenant {
  tenantId: string;
  region: string;
  regions: string[];
}

/** The Rackspace tenant of a connection status as answered, checked field by field; else null. */
export function rackspaceOfConnection(status: unknown): RackspaceTenant | null {
  const rackspace = (status as { rackspace?: Record<string, unknown> } | null)?.rackspace;
  const { state, tenantId, region, regions } = rackspace ?? {};
  return state === 'connected' &&
    typeof tenantId === 'string' &&
    typeof region === 'string' &&
    Array.isArray(regions) &&
    regions.every((name) => typeof name === 'string')
    ? { tenantId, region, regions: regions as string[] }
    : null;
}

/**
 * The gallery's first Rackspace reads: the first page of each region it lists, as many as the
 * app holds open at once (`rackspaceListSlots`), so that with the app's own ones taking these up
 * the tab still holds no more than that; the app asks for the other regions as slots free.
 */
const galleryFirstPages = ({ tenantId, ...rackspace }: RackspaceTenant) =>
  galleryRegions(rackspace)
    .slice(0, rackspaceListRequestsAtOnce)
    .map((region) =>
      rackspaceRead(
        rackspaceListingPath({ region, tenantId }),
        rackspaceListingSearch({}, { marker: undefined, limit: firstListingPageSize }),
      ),
    );

/**
 * The header's reads, on every page: its operations indicator's operations and plans, which it
 * asks for once its code is in, after the app's first draw. Every role may read both.
 */
export const headerReads = (): EarlyRead[] => [
  consoleRead('operations', indicatorOperationFilters),
  consoleRead('plans', indicatorPlanFilters),
];

type Params = Record<string, string>;

// Loaded on the sessions pages only (`sessions-reads.ts` says why).
const sessionsListReads = async (address: Address) =>
  (await import('./sessions-reads.ts')).sessionsListReads(address);

// Loaded on the Audit page only (`audit-reads.ts` says why).
const auditReads = async (address: Address) =>
  (await import('./audit-reads.ts')).auditPageReads(address);

/** What the page's address holds: its path's parameters, its query, its history entry's state. */
export interface Address {
  params: Params;
  search: string;
  /** What the router keeps in the history entry (react-router writes it under `usr`). */
  routerState: unknown;
}

/** The catalog the wizard's address names (`?catalog=`, as `paths.newRollout` writes it). */
const wizardCatalog = ({ search }: Address) => new URLSearchParams(search).get('catalog');

/**
 * The pages whose first reads go out with the HTML, by route pattern (the router's own, from
 * `paths`; a test holds them equal), and those reads: exactly the requests the page's queries
 * make, built by the same functions. Reads under the Citrix site (`siteReads`) go out once the
 * connection has named it.
 */
export const earlyRoutes: {
  pattern: string;
  reads?: (address: Address) => EarlyRead[] | Promise<EarlyRead[]>;
  siteReads?: (address: Address, site: CitrixSite) => EarlyRead[];
  /** Reads under the Rackspace tenant, once the connection has named it. */
  rackspaceReads?: (address: Address, rackspace: RackspaceTenant) => EarlyRead[];
  /**
   * What the person must be allowed for the page to be theirs (its `AdminOnly`): its reads wait
   * for their `me` and go out only if it grants this. Others are shown why instead, and read none.
   */
  needs?: Permission;
}[] = [
  // The gallery (the root opens it too): every catalog-service image, each region's first page.
  ...['/', '/images'].map((pattern) => ({
    pattern,
    siteReads: (_address: Address, site: CitrixSite) => [
      catalogServiceRead(citrixImagesPath(site), citrixImageListSearch(everyCitrixImage)),
    ],
    rackspaceReads: (_address: Address, rackspace: RackspaceTenant) => galleryFirstPages(rackspace),
  })),
  // A person's page: their sessions and the machines they are on, two `$search`es.
  {
    pattern: '/users/:user',
    reads: ({ params }) => [
      cvadSearch(sessionSearchCall(personSessionsRequest(params.user!))),
      cvadSearch(machineSearchCall(personMachinesSearch(params.user!))),
    ],
  },
  // The sessions list, and a session's details drawn over it.
  { pattern: '/sessions', reads: sessionsListReads },
  { pattern: '/sessions/:sessionId', reads: sessionsListReads },
  // The catalogs.
  {
    pattern: '/catalogs',
    siteReads: (_address, site) => [catalogServiceRead(catalogsPath(site))],
  },
  // A catalog, and its rollouts listed under it.
  {
    pattern: '/catalogs/:catalogId',
    reads: ({ params }) => [consoleRead('operations', rolloutHistoryFilters(params.catalogId!))],
    siteReads: ({ params }, site) => [catalogServiceRead(catalogPath(site, params.catalogId!))],
  },
  // A template image of the catalog service (a Rackspace image's account depends on its region).
  {
    pattern: '/images/:provider/:imageId',
    siteReads: ({ params }, site) =>
      params.provider === 'citrix'
        ? [catalogServiceRead(citrixImagePath(site, params.imageId!))]
        : [],
  },
  // The update-image wizard (for admins): the site's catalogs and images, and the catalog its
  // address names with the rollouts running on it. Before a rollout's own address, which would
  // take `new` for an id.
  {
    pattern: '/rollouts/new',
    needs: 'rollouts',
    reads: (address) => {
      const catalogId = wizardCatalog(address);
      return catalogId === null
        ? []
        : [consoleRead('operations', runningRolloutFilters(catalogId))];
    },
    siteReads: (address, site) => {
      const catalogId = wizardCatalog(address);
      return [
        catalogServiceRead(catalogsPath(site)),
        ...(catalogId === null ? [] : [catalogServiceRead(catalogPath(site, catalogId))]),
        catalogServiceRead(citrixImagesPath(site)),
      ];
    },
  },
  // A rollout's record; an address that is no operation's id names nothing to read.
  {
    pattern: '/rollouts/:rolloutId',
    reads: ({ params }) =>
      isOperationId(params.rolloutId!) ? [consoleRead(operationPath(params.rolloutId!))] : [],
  },
  // The audit trail, the page of it that its address shows.
  { pattern: '/audit', reads: auditReads },
];

/** The route at this address and its parameters; null for a page not listed. */
function routeAt(pathname: string, search: string, routerState: unknown) {
  for (const route of earlyRoutes) {
    const params = matchPattern(route.pattern, pathname);
    if (params) return { route, address: { params, search, routerState } };
  }
  return null;
}

/** The page's own first reads at this address, but those under the site; none for a page not listed. */
export async function pageReadsFor(
  pathname: string,
  search = '',
  routerState?: unknown,
): Promise<EarlyRead[]> {
  const found = routeAt(pathname, search, routerState);
  return (await found?.route.reads?.(found.address)) ?? [];
}

type EarlyRoute = (typeof earlyRoutes)[number];

/** What the person must be allowed for the page's reads to go out; null when anyone may. */
export const permissionFor = (pathname: string): Permission | null =>
  routeAt(pathname, '', undefined)?.route.needs ?? null;

/**
 * The page's reads at this address that wait for something the connection names (`of`: the route's
 * reads under the site, or under the tenant), bound to the address; null if it has none.
 */
function readsOnceNamed<Named>(
  pathname: string,
  search: string,
  of: (route: EarlyRoute) => ((address: Address, named: Named) => EarlyRead[]) | undefined,
): ((named: Named) => EarlyRead[]) | null {
  const found = routeAt(pathname, search, undefined);
  const reads = found && of(found.route);
  return reads ? (named) => reads(found.address, named) : null;
}

/** The page's reads under the Citrix site at this address, once the site is known; null if none. */
export const siteReadsFor = (pathname: string, search = '') =>
  readsOnceNamed<CitrixSite>(pathname, search, (route) => route.siteReads);

/** The page's reads under the Rackspace tenant at this address, once it is known; null if none. */
export const rackspaceReadsFor = (pathname: string, search = '') =>
  readsOnceNamed<RackspaceTenant>(pathname, search, (route) => route.rackspaceReads);

/**
 * `/users/:user` against `/users/CONTOSO%5Cjdoe`: `{ user: 'CONTOSO\jdoe' }`, each parameter one
 * whole segment, decoded as the router decodes it; a trailing slash is allowed, as the router
 * allows it. Without the router, which is not here yet.
 */
function matchPattern(pattern: string, pathname: string): Params | null {
  const wanted = pattern.split('/');
  const given = pathname.replace(/(.)\/$/, '$1').split('/');
  if (wanted.length !== given.length) return null;
  const params: Params = {};
  for (const [index, part] of wanted.entries()) {
    const segment = given[index]!;
    if (part.startsWith(':')) {
      if (!segment) return null;
      params[part.slice(1)] = decodedSegment(segment);
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}
