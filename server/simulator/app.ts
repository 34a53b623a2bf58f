import { Hono } from 'hono';
import type { SimulatorContext } from './context.ts';
import { addLatency } from './middleware/latency.ts';
import { citrixTransactionId } from './middleware/transaction-id.ts';
import { catalogServiceRoutes } from './routes/catalog-service.ts';
import { citrixTokenRoutes } from './routes/citrix-token.ts';
import { cvadManageRoutes } from './routes/cvad-manage.ts';
import { rackspaceComputeRoutes } from './routes/rackspace-compute.ts';
import { rackspaceIdentityRoutes } from './routes/rackspace-identity.ts';

/**
 * The simulator's HTTP surface, one route module per API area. Tests can drive it in memory with
 * `app.request()` (and an injected clock); `startSimulator` serves it over HTTP.
 */
export function createSimulatorApp(ctx: SimulatorContext) {
  const app = new Hono();
  app.use('*', addLatency(ctx.config.latencyMs));
  for (const citrixPrefix of ['/cctrustoauth2/*', '/cvad/*', '/catalogservice/*']) {
    app.use(citrixPrefix, citrixTransactionId);
  }
  app.route('/cctrustoauth2', citrixTokenRoutes(ctx));
  app.route('/cvad/manage', cvadManageRoutes(ctx));
  app.route('/catalogservice', catalogServiceRoutes(ctx));
  app.route('/v2.0', rackspaceIdentityRoutes(ctx));
  app.route('/rackspace', rackspaceComputeRoutes(ctx));
  app.notFound((c) => c.json({ message: `No simulated API at ${c.req.path}` }, 404));
  app.onError((error, c) => {
    console.error('simulator: unhandled error', error);
    return c.json({ message: 'Simulator internal error' }, 500);
  });
  return app;
}
