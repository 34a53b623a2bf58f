import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { rackspaceRegions } from '../data/rackspace-images.ts';
import { rackspaceFault, rackspaceFaultAnswers, rackspaceMessages } from './faults.ts';
import { injectFaults } from '../middleware/faults.ts';
import { rackspaceImageRoutes } from './images.ts';
import { rackspaceLimits } from './limits.ts';
import { computeVersionDocument, computeVersionList, type ComputeRoot } from './versions.ts';

const knownRegions: ReadonlySet<string> = new Set(rackspaceRegions);

/** 401 unless a live token is presented in `X-Auth-Token`; 403 when it belongs to another tenant. */
function requireRackspaceToken(ctx: SimulatorContext) {
  return createMiddleware<SimulatorEnv>(async (c, next) => {
    const tokenId = c.req.header('X-Auth-Token');
    const lookup = tokenId ? ctx.rackspaceTokens.lookup(tokenId) : undefined;
    if (lookup?.status !== 'valid') return rackspaceFault(c, 401, rackspaceMessages.noToken);
    // 403 rather than 401: re-authenticating would not help, and a 401 invites a retry loop.
    if (lookup.token.principal.tenantId !== c.req.param('tenant')) {
      return rackspaceFault(c, 403, rackspaceMessages.forbidden);
    }
    c.set('rackspaceToken', lookup.token);
    await next();
  });
}

const computeRoot = (c: Context): ComputeRoot => ({
  origin: new URL(c.req.url).origin,
  region: c.req.param('region') ?? '',
});

/**
 * Rackspace Cloud Servers v2, one API per region: `/rackspace/{region}/v2/{tenant}/…`, and the
 * version documents above it (`/rackspace/{region}/`, `/rackspace/{region}/v2/`) for discovery.
 */
export function rackspaceComputeRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const tenantScoped = new Hono<SimulatorEnv>();

  tenantScoped.use('*', requireRackspaceToken(ctx));
  tenantScoped.use('*', async (c, next) => {
    // SIM_RACKSPACE_FAILING_REGIONS: a region in an outage; the other regions still answer.
    if (ctx.config.rackspaceFailingRegions.includes(c.req.param('region') ?? '')) {
      return rackspaceFault(c, 503, 'Service Unavailable');
    }
    await next();
  });
  tenantScoped.use('*', injectFaults(ctx, rackspaceFaultAnswers));
  tenantScoped.get('/limits', (c) => c.json(rackspaceLimits(ctx.clock.now())));
  tenantScoped.route('/images', rackspaceImageRoutes(ctx));
  tenantScoped.all('*', (c) => rackspaceFault(c, 404, 'The resource could not be found.'));

  for (const path of ['/:region', '/:region/*']) {
    routes.use(path, async (c, next) => {
      if (!knownRegions.has(c.req.param('region') ?? '')) {
        return rackspaceFault(c, 404, 'Unknown region.');
      }
      await next();
    });
  }
  // Version documents need no token, as in Nova; with or without the trailing slash.
  for (const path of ['/:region', '/:region/']) {
    routes.get(path, (c) => c.json(computeVersionList(computeRoot(c))));
  }
  for (const path of ['/:region/v2', '/:region/v2/']) {
    routes.get(path, (c) => c.json(computeVersionDocument(computeRoot(c))));
  }
  routes.route('/:region/v2/:tenant', tenantScoped);
  routes.all('*', (c) => rackspaceFault(c, 404, 'The resource could not be found.'));
  return routes;
}
