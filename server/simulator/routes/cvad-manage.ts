import { Hono } from 'hono';
import { requireCustomerHeader, requireCwsAuth } from '../auth/cws-auth.ts';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { toRfc3339 } from '../data/time.ts';
import { citrixError, citrixProblems } from '../errors/citrix-errors.ts';
import { injectFaults, type FaultResponses } from '../middleware/faults.ts';
import { cvadJobRoutes } from './cvad-jobs.ts';
import { cvadSessionRoutes } from './cvad-sessions.ts';

/** Citrix cvad/manage fault responses: ErrorData-compatible bodies; 503 and 429 say when to retry. */
export function citrixFaultResponses(): FaultResponses {
  return {
    serverError: (c, status, retryAfter) => {
      if (status === 503) c.header('Retry-After', String(retryAfter));
      return citrixError(
        c,
        status,
        status === 503 ? citrixProblems.unavailable() : citrixProblems.internal(),
      );
    },
    rateLimited: (c, retryAfter) => {
      c.header('Retry-After', String(retryAfter));
      return citrixError(c, 429, citrixProblems.tooManyRequests());
    },
  };
}

/**
 * The Citrix DaaS REST API under `/cvad/manage`. `me` and `Sites` need only the customer header;
 * site-scoped areas added later mount behind `requireSite` too.
 */
export function cvadManageRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const { customer } = ctx.dataset;
  const site = { Id: customer.site.id, Name: customer.site.name };

  routes.use('*', requireCwsAuth(ctx, citrixError));
  routes.use('*', requireCustomerHeader(citrixError));
  routes.use('*', injectFaults(ctx, citrixFaultResponses()));

  routes.get('/me', (c) => {
    const token = c.get('citrixToken');
    return c.json({
      UserId: customer.admin.userId,
      DisplayName: customer.admin.displayName,
      ExpiryTime: toRfc3339(token.expiresAt),
      // API-client tokens cannot be refreshed, so refresh ends when the token does.
      RefreshExpirationTime: toRfc3339(token.expiresAt),
      VerifiedEmail: customer.admin.email,
      IsCspCustomer: false,
      Customers: [{ Id: customer.id, Name: customer.name, Sites: [site] }],
    });
  });

  routes.get('/Sites', (c) => c.json({ Items: [site] }));

  routes.get('/Sites/:nameOrId', (c) => {
    const nameOrId = c.req.param('nameOrId').toLowerCase();
    if (nameOrId !== site.Id && nameOrId !== site.Name.toLowerCase()) {
      return citrixError(c, 404, citrixProblems.notFound(`Site ${c.req.param('nameOrId')}`));
    }
    return c.json({
      ...site,
      OrchestationApiVersion: 125,
      ProductCode: 'XDT',
      ProductEdition: 'PLT',
      ProductVersion: '7.45',
      ColorDepth: 'TwentyFourBit',
      DefaultDesktopIconId: '1',
      EnabledFeatures: ['Sessions', 'Jobs', 'ImageManagement'],
      PrimaryZone: { Id: customer.zone.id, Name: customer.zone.name },
      SiteServices: [],
    });
  });

  // Site-scoped areas: each applies requireSite itself.
  routes.route('/Sessions', cvadSessionRoutes(ctx));
  routes.route('/Jobs', cvadJobRoutes(ctx));

  routes.all('*', (c) => citrixError(c, 404, citrixProblems.notFound(`Resource ${c.req.path}`)));
  return routes;
}
