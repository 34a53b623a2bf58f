import { Hono } from 'hono';
import { requireCustomerHeader, requireCwsAuth } from '../citrix-auth/cws-auth.ts';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { toRfc3339 } from '../data/time.ts';
import { citrixFaultAnswers, citrixProblems } from '../citrix-problems.ts';
import { cvadManageError } from './errors.ts';
import { injectFaults } from '../middleware/faults.ts';
import { cvadJobRoutes } from './jobs.ts';
import { cvadMachineRoutes } from './machines/machine-routes.ts';
import { cvadSessionRoutes } from './sessions/session-routes.ts';

/**
 * The Citrix DaaS REST API under `/cvad/manage`. `me` and `Sites` need only the customer header;
 * site-scoped areas added later mount behind `requireSite` too.
 */
export function cvadManageRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const { customer } = ctx.dataset;
  const site = { Id: customer.site.id, Name: customer.site.name };

  routes.use('*', requireCwsAuth(ctx, cvadManageError));
  routes.use('*', requireCustomerHeader(cvadManageError));
  routes.use('*', injectFaults(ctx, citrixFaultAnswers(cvadManageError)));

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
      return cvadManageError(c, 404, citrixProblems.notFound(`Site ${c.req.param('nameOrId')}`));
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
  routes.route('/Machines', cvadMachineRoutes(ctx));
  routes.route('/Jobs', cvadJobRoutes(ctx));

  routes.all('*', (c) =>
    cvadManageError(c, 404, citrixProblems.notFound(`Resource ${c.req.path}`)),
  );
  return routes;
}
