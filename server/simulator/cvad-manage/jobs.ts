import { Hono } from 'hono';
import { requireSite } from '../citrix-auth/cws-auth.ts';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { citrixProblems } from '../citrix-problems.ts';
import { cvadManageError } from './errors.ts';

/** `/cvad/manage/Jobs`: the caller's own jobs ("jobs are only visible to the caller who started them"). */
export function cvadJobRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const { jobs } = ctx.state.sessions;
  const owner = (c: { get(key: 'citrixToken'): { principal: { clientId: string } } }) =>
    c.get('citrixToken').principal.clientId;

  routes.use('*', requireSite(ctx, cvadManageError));
  routes.use('*', async (_c, next) => {
    jobs.settle();
    await next();
  });

  routes.get('/', (c) => {
    const items = jobs.list(owner(c)).map((job) => jobs.toResponse(job));
    // Every job fits one page, so no ContinuationToken; no TotalItems either, which the
    // collection schema returns "only in the response to `$search` APIs".
    return c.json({ Items: items });
  });

  routes.get('/:id', (c) => {
    const job = jobs.find(c.req.param('id'), owner(c));
    if (!job) return cvadManageError(c, 404, citrixProblems.notFound(`Job ${c.req.param('id')}`));
    return c.json(jobs.toResponse(job));
  });

  return routes;
}
