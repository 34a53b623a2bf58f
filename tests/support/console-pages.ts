/**
 * Every page of the console, at addresses with real IDs from the simulator behind it, for the
 * tests and benchmarks that visit them all (the layout test, Lighthouse). Reading them starts one
 * rollout so its progress page has something to show: serve the console with
 * `SIM_ROLLOUT_SECONDS` long enough that it is still running when visited.
 */
import { findRollout, readCatalogService, readJson } from './catalog-facts.ts';

export interface ConsolePage {
  name: string;
  path: string;
}

/**
 * `cookie`: an admin's signed-in Cookie header (starting the rollout needs the admin role).
 * `origin`: the console's own, when it is served with a `PUBLIC_URL` other than `url`.
 */
export async function consolePages(
  url: string,
  cookie: string,
  origin = url,
): Promise<ConsolePage[]> {
  const { catalogs, images } = await readCatalogService(url, cookie);
  const { catalog, image } = findRollout(catalogs, images);
  const operationId = await startRollout(url, cookie, origin, catalog.id, image.id);
  const other = catalogs.find((c) => c.id !== catalog.id)!;
  const { Items } = await readJson<{ Items: { Id: string; User: { Name: string } }[] }>(
    `${url}/api/cvad/manage/Sessions?limit=1`,
    cookie,
  );
  const session = Items[0]!;
  const account = session.User.Name.split('\\').pop()!;
  return [
    { name: 'gallery', path: '/images' },
    { name: 'image', path: `/images/citrix/${image.id}` },
    { name: 'catalogs', path: '/catalogs' },
    { name: 'catalog', path: `/catalogs/${other.id}` },
    { name: 'wizard', path: `/rollouts/new?catalog=${other.id}` },
    { name: 'rollout', path: `/rollouts/${operationId}` },
    { name: 'sessions', path: '/sessions' },
    { name: 'session', path: `/sessions/${session.Id}` },
    { name: 'person', path: `/users/${encodeURIComponent(account)}` },
    { name: 'audit', path: '/audit' },
    { name: 'settings', path: '/settings' },
  ];
}

/** Starts a rollout through the console's proxy, as the wizard does; returns its operation ID. */
async function startRollout(
  url: string,
  cookie: string,
  origin: string,
  catalogId: string,
  imageId: string,
) {
  const { citrix } = await readJson<{ citrix: { customerId: string; siteId: string } }>(
    `${url}/api/connection`,
    cookie,
  );
  const started = await fetch(
    `${url}/api/catalogservice/${citrix.customerId}/${citrix.siteId}/catalogs/${catalogId}/$updateImage?async=true`,
    {
      method: 'POST',
      headers: { Cookie: cookie, Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: imageId, citrixPrepared: false, vdaUpdateDelay: -1 }),
    },
  );
  const operationId = started.headers.get('X-Console-Operation');
  if (!operationId) throw new Error(`The rollout was not accepted (${started.status})`);
  return operationId;
}
