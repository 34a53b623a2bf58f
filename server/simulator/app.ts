import { Hono } from 'hono';
import { isManualClock } from './clock.ts';
import type { SimulatorContext } from './context.ts';
import { computeRequestId } from './middleware/compute-request-id.ts';
import { addLatency } from './middleware/latency.ts';
import { citrixTransactionId } from './middleware/transaction-id.ts';
import { catalogServiceRoutes } from './catalog-service/catalog-service.ts';
import { citrixTokenRoutes } from './citrix-auth/citrix-token.ts';
import { cvadManageRoutes } from './cvad-manage/cvad-manage.ts';
import { rackspaceComputeRoutes } from './rackspace/compute.ts';
import { rackspaceIdentityRoutes } from './rackspace/identity.ts';
import { simControlRoutes } from './control/sim-control.ts';

/**
 * The simulator's HTTP surface, one folder per API area (its routes, domain logic and error
 * bodies). Tests can drive it in memory with `app.request()` (and a manual clock);
 * `startSimulator` serves it over HTTP.
 */
export function createSimulatorApp(ctx: SimulatorContext) {
  const app = new Hono();
  app.use('*', addLatency(ctx.config.latencyMs));
  for (const citrixPrefix of ['/cctrustoauth2/*', '/cvad/*', '/catalogservice/*']) {
    app.use(citrixPrefix, citrixTransactionId);
  }
  app.use('/rackspace/*', computeRequestId);
  app.route('/cctrustoauth2', citrixTokenRoutes(ctx));
  app.route('/cvad/manage', cvadManageRoutes(ctx));
  app.route('/catalogservice', catalogServiceRoutes(ctx));
  app.route('/v2.0', rackspaceIdentityRoutes(ctx));
  app.route('/rackspace', rackspaceComputeRoutes(ctx));
  // Test-only: moving time is for tests, so a simulator on the wall clock has no such route.
  if (isManualClock(ctx.clock)) app.route('/__sim', simControlRoutes(ctx.clock));
  app.notFound((c) =>
    c.json(
      {
        // Someone who opened the simulator's address in a browser learns where to go instead.
        message:
          c.req.path === '/'
            ? 'This is the DaaS Console’s API simulator: it answers the console’s API calls and ' +
              'has no pages. Open the console’s own address instead (npm start prints it).'
            : `No simulated API at ${c.req.path}`,
      },
      404,
    ),
  );
  app.onError((error, c) => {
    console.error('simulator: unhandled error', error);
    return c.json({ message: 'Simulator internal error' }, 500);
  });
  return app;
}
