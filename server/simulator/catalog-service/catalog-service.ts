import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { requireCwsAuth } from '../citrix-auth/cws-auth.ts';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { citrixFaultAnswers, citrixProblems } from '../citrix-problems.ts';
import { catalogServiceError } from './errors.ts';
import { injectFaults } from '../middleware/faults.ts';
import { siteScopedCatalogServiceRoutes } from './site.ts';

/** The customer is in the catalog-service path; it must be the one the token was issued for. */
function requirePathCustomer() {
  return createMiddleware<SimulatorEnv>(async (c, next) => {
    const customerId = c.req.param('customerId');
    if (customerId !== c.get('citrixToken').principal.customerId) {
      return catalogServiceError(
        c,
        403,
        citrixProblems.accessDenied(`Access denied to customer ${customerId}`),
      );
    }
    await next();
  });
}

/** Catalog service ("Quick Deploy") under `/catalogservice`, camelCase JSON (reference/citrix-notes.md §3). */
export function catalogServiceRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const { site } = ctx.dataset.customer;

  routes.use('*', requireCwsAuth(ctx, catalogServiceError));
  routes.use('/:customerId/*', requirePathCustomer());
  routes.use('*', injectFaults(ctx, citrixFaultAnswers(catalogServiceError)));

  routes.get('/:customerId/sites', (c) => {
    const sites = [{ id: site.id, displayName: site.name }];
    return c.json({ items: sites, sites });
  });
  // After the customer-level routes, so `/{customerId}/sites` is never read as a site ID.
  routes.route('/:customerId/:siteId', siteScopedCatalogServiceRoutes(ctx));

  routes.all('*', (c) =>
    catalogServiceError(c, 404, citrixProblems.notFound(`Resource ${c.req.path}`)),
  );
  return routes;
}
