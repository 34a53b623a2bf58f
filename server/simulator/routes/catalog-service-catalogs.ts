import { Hono } from 'hono';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { catalogServiceError, citrixProblems } from '../errors/citrix-errors.ts';
import { RolloutTracker } from '../state/rollouts.ts';
import {
  imageRefusal,
  parseUpdateImageBody,
  updatableStates,
  updateImageProblems,
} from './catalog-update-image.ts';

/**
 * `/catalogservice/{customerId}/{siteId}/catalogs`: the catalog list and detail, `$updateImage`
 * (202 + Location) and the update status that Location points at (reference/citrix-notes.md §3.2).
 */
export function catalogServiceCatalogRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const { catalogs, citrixImages } = ctx.dataset;
  const rollouts = new RolloutTracker({
    now: ctx.now,
    durationMs: () => ctx.config.rolloutSeconds * 1000,
  });
  const findCatalog = (id: string) => catalogs.find((catalog) => catalog.id === id);

  routes.get('/', (c) => {
    rollouts.advance();
    return c.json({ items: catalogs, catalogs, catalogLimit: null, staleData: false });
  });

  routes.get('/:catalogId', (c) => {
    rollouts.advance();
    const catalog = findCatalog(c.req.param('catalogId'));
    if (!catalog)
      return catalogServiceError(
        c,
        404,
        citrixProblems.notFound(`Catalog ${c.req.param('catalogId')}`),
      );
    return c.json(catalog);
  });

  routes.get('/:catalogId/updateStatus', (c) => {
    const catalog = findCatalog(c.req.param('catalogId'));
    if (!catalog)
      return catalogServiceError(
        c,
        404,
        citrixProblems.notFound(`Catalog ${c.req.param('catalogId')}`),
      );
    return c.json(rollouts.status(catalog));
  });

  routes.post('/:catalogId/$updateImage', async (c) => {
    rollouts.advance();
    const catalog = findCatalog(c.req.param('catalogId'));
    if (!catalog)
      return catalogServiceError(
        c,
        404,
        citrixProblems.notFound(`Catalog ${c.req.param('catalogId')}`),
      );
    if (c.req.query('async')?.toLowerCase() !== 'true') {
      return catalogServiceError(c, 400, updateImageProblems.asyncRequired());
    }
    const parsed = parseUpdateImageBody(await c.req.json().catch(() => undefined));
    if ('problem' in parsed) return catalogServiceError(c, 400, parsed.problem);
    if (!updatableStates.has(catalog.state)) {
      return catalogServiceError(c, 409, updateImageProblems.catalogBusy(catalog));
    }
    const { templateId } = parsed.settings;
    const image = citrixImages.find((candidate) => candidate.id === templateId);
    const refusal = imageRefusal(image, templateId, catalog);
    if (refusal || !image) return catalogServiceError(c, 400, refusal!);

    const statusUrl = new URL(
      `${c.req.path.replace(/\/\$updateImage$/, '')}/updateStatus`,
      c.req.url,
    );
    c.header('Location', statusUrl.toString());
    const response = c.json(catalog.id, 202);
    rollouts.start(catalog, image, parsed.settings, () =>
      response.headers.get('Citrix-TransactionId'),
    );
    return response;
  });

  return routes;
}
