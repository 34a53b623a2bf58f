import { Hono } from 'hono';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { citrixProblems } from '../citrix-problems.ts';
import { catalogServiceError } from './errors.ts';
import { catalogServiceCatalogRoutes } from './catalogs.ts';
import { catalogServiceImageRoutes } from './images.ts';

/**
 * Everything under `/catalogservice/{customerId}/{siteId}`. The customer was checked against the
 * token already; here the site must be that customer's one site. Each area (images, catalogs)
 * lives in its own module and mounts below.
 */
export function siteScopedCatalogServiceRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const { site } = ctx.dataset.customer;

  routes.use('*', async (c, next) => {
    const siteId = c.req.param('siteId');
    if (siteId !== site.id) {
      return catalogServiceError(c, 404, citrixProblems.notFound(`Site ${siteId}`));
    }
    await next();
  });
  routes.route('/catalogs', catalogServiceCatalogRoutes(ctx));
  routes.route('/images', catalogServiceImageRoutes(ctx));

  return routes;
}
