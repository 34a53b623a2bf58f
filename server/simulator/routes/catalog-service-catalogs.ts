import { Hono, type Context } from 'hono';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import type { CitrixCatalog } from '../data/catalogs.ts';
import { catalogServiceError, citrixProblems } from '../errors/citrix-errors.ts';
import { readJsonBody } from '../json-binding.ts';
import { RolloutTracker } from '../state/rollouts.ts';
import { checkImageUpdate, updateImageProblems } from './catalog-update-image.ts';

/** `$updateImage` refused without `async=true`: the same request, with it, to copy as it is. */
function withAsync(c: Context): string {
  const url = new URL(c.req.url);
  url.searchParams.set('async', 'true');
  return `${url.pathname}${url.search}`;
}

/**
 * `/catalogservice/{customerId}/{siteId}/catalogs`: the catalog list and detail, `$updateImage`
 * (202 + Location), the legacy `updateImage` (200, as Terraform calls it) and the update status
 * that Location points at (reference/citrix-notes.md §3.2).
 */
export function catalogServiceCatalogRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const { catalogs, citrixImages } = ctx.dataset;
  const rollouts = new RolloutTracker({
    now: ctx.now,
    durationMs: () => ctx.config.rolloutSeconds * 1000,
  });
  const findCatalog = (id: string) => catalogs.find((catalog) => catalog.id === id);
  const catalogNotFound = (c: Context) =>
    catalogServiceError(c, 404, citrixProblems.notFound(`Catalog ${c.req.param('catalogId')}`));

  routes.get('/', (c) => {
    rollouts.advance();
    return c.json({ items: catalogs, catalogs, catalogLimit: null, staleData: false });
  });

  routes.get('/:catalogId', (c) => {
    rollouts.advance();
    const catalog = findCatalog(c.req.param('catalogId'));
    if (!catalog) return catalogNotFound(c);
    return c.json(catalog);
  });

  routes.get('/:catalogId/updateStatus', (c) => {
    const catalog = findCatalog(c.req.param('catalogId'));
    if (!catalog) return catalogNotFound(c);
    return c.json(rollouts.status(catalog));
  });

  /** Body, catalog state and image, the same for both operations; null body when not JSON. */
  const checkUpdate = async (c: Context, catalog: CitrixCatalog) => {
    const body = await readJsonBody(c.req);
    return checkImageUpdate(catalog, body.ok ? body.value : null, citrixImages);
  };

  // `UpdateCatalogImageApi`: asynchronous, and the seed documents require `async=true` for it.
  routes.post('/:catalogId/$updateImage', async (c) => {
    rollouts.advance();
    const catalog = findCatalog(c.req.param('catalogId'));
    if (!catalog) return catalogNotFound(c);
    if (c.req.query('async')?.toLowerCase() !== 'true') {
      return catalogServiceError(c, 400, updateImageProblems.asyncRequired(withAsync(c)));
    }
    const update = await checkUpdate(c, catalog);
    if ('problem' in update) {
      return catalogServiceError(c, update.conflict ? 409 : 400, update.problem);
    }
    const statusUrl = new URL(
      `${c.req.path.replace(/\/\$updateImage$/, '')}/updateStatus`,
      c.req.url,
    );
    c.header('Location', statusUrl.toString());
    const response = c.json(catalog.id, 202);
    rollouts.start(catalog, update.image, update.settings, () =>
      response.headers.get('Citrix-TransactionId'),
    );
    return response;
  });

  // `UpdateCatalogImage`, the legacy form the Terraform provider calls: no `async` parameter,
  // 200 with the catalog ID, and only 400/401/403/404/500 declared, so a busy catalog is a 400.
  // The update then runs exactly as after `$updateImage`; callers poll the catalog.
  routes.post('/:catalogId/updateImage', async (c) => {
    rollouts.advance();
    const catalog = findCatalog(c.req.param('catalogId'));
    if (!catalog) return catalogNotFound(c);
    const update = await checkUpdate(c, catalog);
    if ('problem' in update) return catalogServiceError(c, 400, update.problem);
    const response = c.json(catalog.id, 200);
    rollouts.start(catalog, update.image, update.settings, () =>
      response.headers.get('Citrix-TransactionId'),
    );
    return response;
  });

  return routes;
}
