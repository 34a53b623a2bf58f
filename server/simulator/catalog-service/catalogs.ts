import { Hono, type Context } from 'hono';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import type { CitrixCatalog } from '../data/catalogs.ts';
import { citrixProblems } from '../citrix-problems.ts';
import { catalogServiceError } from './errors.ts';
import { readJsonBody } from '../json-binding.ts';
import { checkImageUpdate, updateImageProblems } from './update-image.ts';

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
  const { rollouts } = ctx.state;
  /** The one lookup of `:catalogId`: the handler runs with the catalog, or the route answers 404. */
  const withCatalog =
    <R>(handler: (c: Context<SimulatorEnv>, catalog: CitrixCatalog) => R) =>
    (c: Context<SimulatorEnv>) => {
      const id = c.req.param('catalogId');
      const catalog = catalogs.find((candidate) => candidate.id === id);
      if (!catalog) return catalogServiceError(c, 404, citrixProblems.notFound(`Catalog ${id}`));
      return handler(c, catalog);
    };

  routes.get('/', (c) => {
    rollouts.advance();
    return c.json({ items: catalogs, catalogs, catalogLimit: null, staleData: false });
  });

  routes.get(
    '/:catalogId',
    withCatalog((c, catalog) => {
      rollouts.advance();
      return c.json(catalog);
    }),
  );

  routes.get(
    '/:catalogId/updateStatus',
    withCatalog((c, catalog) => c.json(rollouts.status(catalog))),
  );

  /** Body, catalog state and image, the same for both operations; null body when not JSON. */
  const checkUpdate = async (c: Context, catalog: CitrixCatalog) => {
    const body = await readJsonBody(c.req);
    return checkImageUpdate(catalog, body.ok ? body.value : null, citrixImages);
  };

  // `UpdateCatalogImageApi`: asynchronous, and the seed documents require `async=true` for it.
  routes.post(
    '/:catalogId/$updateImage',
    withCatalog(async (c, catalog) => {
      rollouts.advance();
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
    }),
  );

  // `UpdateCatalogImage`, the legacy form the Terraform provider calls: no `async` parameter,
  // 200 with the catalog ID, and only 400/401/403/404/500 declared, so a busy catalog is a 400.
  // The update then runs exactly as after `$updateImage`; callers poll the catalog.
  routes.post(
    '/:catalogId/updateImage',
    withCatalog(async (c, catalog) => {
      rollouts.advance();
      const update = await checkUpdate(c, catalog);
      if ('problem' in update) return catalogServiceError(c, 400, update.problem);
      const response = c.json(catalog.id, 200);
      rollouts.start(catalog, update.image, update.settings, () =>
        response.headers.get('Citrix-TransactionId'),
      );
      return response;
    }),
  );

  return routes;
}
