import { Hono, type Context } from 'hono';
import { requireSite } from '../../citrix-auth/cws-auth.ts';
import type { SimulatorContext, SimulatorEnv } from '../../context.ts';
import { indexFromCompactId } from '../../data/compact-ids.ts';
import { toSessionResponseModel } from '../../data/session-model.ts';
import { cvadManageError } from '../errors.ts';
import {
  isSessionAction,
  noContentActions,
  sendMessageSchema,
  sessionActions,
  startActionJob,
} from './session-actions.ts';
import { toSessionApplications } from './session-applications.ts';
import { pageSessions } from './session-paging.ts';
import { sessionProblems } from './session-problems.ts';
import { readSearchRequest, type SearchRequest } from './search-request.ts';

/**
 * `/cvad/manage/Sessions`: list, `$search`, one session, its applications and machine, and the
 * help-desk actions `$logoff`, `$disconnect`, `$sendMessage`, `$hide` and `$unhide`, synchronous
 * or (`async=true`) as a job behind 202 + Location.
 */
export function cvadSessionRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  // Built now, not on the first request, so the first search is as fast as the next ones.
  const area = ctx.state.sessions;
  const { dataset } = area.store;
  const findSession = (id: string) => {
    const index = indexFromCompactId(
      dataset.idSalts.session,
      id.toLowerCase(),
      dataset.sessions.count,
    );
    return area.store.isLive(index) ? index : -1;
  };

  /** Answers a page of the list or a search, with the paging parameters of the query string. */
  const answerPage = (c: Context, request: SearchRequest, operation: 'list' | 'search') => {
    const { limit, skip, continuationToken, fields } = c.req.query();
    const answer = pageSessions(
      area,
      request,
      { limit, skip, continuationToken, fields },
      operation,
    );
    return 'problem' in answer ? cvadManageError(c, 400, answer.problem) : c.json(answer.page);
  };

  routes.use('*', requireSite(ctx, cvadManageError));
  routes.use('*', async (_c, next) => {
    area.jobs.settle();
    await next();
  });

  routes.get('/', (c) => answerPage(c, {}, 'list'));

  routes.post('/$search', async (c) => {
    const read = await readSearchRequest(c.req, area.propertyNames);
    if ('problem' in read) return cvadManageError(c, 400, read.problem);
    return answerPage(c, read.request, 'search');
  });
  routes.get('/:id', (c) => {
    const index = findSession(c.req.param('id'));
    if (index < 0)
      return cvadManageError(c, 404, sessionProblems.sessionNotFound(c.req.param('id')));
    return c.json(toSessionResponseModel(dataset, index, area.overrides(index)));
  });

  // Answered at once even with `async=true`: the simulator keeps no job results to redirect to.
  routes.get('/:id/Applications', (c) => {
    const index = findSession(c.req.param('id'));
    if (index < 0)
      return cvadManageError(c, 404, sessionProblems.sessionNotFound(c.req.param('id')));
    return c.json(toSessionApplications(dataset, index, area.overrides(index)));
  });
  routes.get('/:id/Machine', (c) => {
    const index = findSession(c.req.param('id'));
    if (index < 0)
      return cvadManageError(c, 404, sessionProblems.sessionNotFound(c.req.param('id')));
    return c.json(area.machines.toDetail(area.machines.rowOfSession(index)));
  });
  routes.post('/:id/:action', async (c) => {
    const { id, action } = c.req.param();
    if (!isSessionAction(action)) {
      return cvadManageError(c, 404, {
        kind: 'notFound',
        detail: `No action ${action}`,
        sdkErrorId: 'NotFound',
      });
    }
    const index = findSession(id);
    if (index < 0) return cvadManageError(c, 404, sessionProblems.sessionNotFound(id));
    if (action === '$sendMessage') {
      const parsed = sendMessageSchema.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const detail = `Invalid message: ${issue?.path.join('.') || 'body'}: ${issue?.message}`;
        return cvadManageError(c, 400, sessionProblems.invalidBody(detail));
      }
    }
    if (c.req.query('async') === 'true') {
      const owner = c.get('citrixToken').principal.clientId;
      const job = startActionJob(area, action, index, owner, () => ctx.clock.now());
      c.header('Location', new URL(`/cvad/manage/Jobs/${job.id}`, c.req.url).toString());
      return c.body(null, 202);
    }
    sessionActions[action].apply(area, index, ctx.clock.now());
    if (noContentActions.has(action)) return c.body(null, 204);
    return c.json(toSessionResponseModel(dataset, index, area.overrides(index)));
  });

  return routes;
}
