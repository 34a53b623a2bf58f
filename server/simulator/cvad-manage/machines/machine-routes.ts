import { Hono, type Context } from 'hono';
import { requireSite } from '../../citrix-auth/cws-auth.ts';
import type { SimulatorContext, SimulatorEnv } from '../../context.ts';
import { readJsonBody } from '../../json-binding.ts';
import { toSessionResponseModel } from '../../data/session-model.ts';
import { cvadManageError } from '../errors.ts';
import { queryHash } from '../sessions/continuation-token.ts';
import { readSearchRequest, type SearchRequest } from '../sessions/search-request.ts';
import { pageQuery } from '../sessions/session-paging.ts';
import { sessionProblems } from '../sessions/session-problems.ts';
import {
  applyMachineUpdate,
  bindMachineUpdate,
  startRestartJob,
  startUpdateJob,
} from './machine-actions.ts';
import { machineProblems } from './machine-problems.ts';

const sessionSupports = ['SingleSession', 'MultiSession'];

/**
 * `/cvad/manage/Machines`: list, `$search`, one machine, its sessions, `$reboot` and the
 * maintenance-mode update (`PATCH`), synchronous or (`async=true`) as a job behind 202 + Location.
 */
export function cvadMachineRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const area = ctx.state.sessions;
  const { machines } = area;
  const { dataset } = area.store;

  /** One page of machines as a `MachineResponseModelCollection`; `hash` names the query. */
  const answerPage = (c: Context, request: SearchRequest, hash: string, withTotal: boolean) => {
    const { limit, skip, continuationToken, fields } = c.req.query();
    const answer = pageQuery(area, {
      hash,
      params: { limit, skip, continuationToken, fields },
      run: (offset, pageSize) => machines.runQuery(request, offset, pageSize),
      toItem: (row) => machines.toModel(row),
      withTotal,
    });
    return 'problem' in answer ? cvadManageError(c, 400, answer.problem) : c.json(answer.page);
  };
  const accepted = (c: Context, jobId: string) => {
    c.header('Location', new URL(`/cvad/manage/Jobs/${jobId}`, c.req.url).toString());
    return c.body(null, 202);
  };
  const owner = (c: Context<SimulatorEnv>) => c.get('citrixToken').principal.clientId;

  routes.use('*', requireSite(ctx, cvadManageError));
  routes.use('*', async (_c, next) => {
    area.jobs.settle();
    await next();
  });

  routes.get('/', (c) => {
    const { sessionSupport, configured } = c.req.query();
    const request: SearchRequest = {};
    if (sessionSupport !== undefined) {
      const value = sessionSupports.find((s) => s.toLowerCase() === sessionSupport.toLowerCase());
      if (!value)
        return cvadManageError(c, 400, machineProblems.invalidSessionSupport(sessionSupport));
      request.SearchFilters = [{ Property: 'SessionSupport', Operator: 'Equals', Value: value }];
    }
    // Every simulated machine is configured in the site, so `configured=false` lists none.
    if (configured?.toLowerCase() === 'false')
      return c.json({ Items: [], ContinuationToken: null });
    return answerPage(c, request, queryHash({ machines: request }), false);
  });
  routes.post('/$search', async (c) => {
    const read = await readSearchRequest(c.req, machines.propertyNames);
    if ('problem' in read) return cvadManageError(c, 400, read.problem);
    return answerPage(c, read.request, queryHash({ machineSearch: read.request }), true);
  });

  /** The row of the `nameOrId` path parameter, or the 404 to answer. */
  const findMachine = (c: Context) => {
    const nameOrId = c.req.param('nameOrId') ?? '';
    const row = machines.find(nameOrId);
    return row >= 0 ? row : cvadManageError(c, 404, machineProblems.machineNotFound(nameOrId));
  };

  routes.get('/:nameOrId', (c) => {
    const row = findMachine(c);
    return typeof row === 'number' ? c.json(machines.toDetail(row)) : row;
  });
  routes.get('/:nameOrId/Sessions', (c) => {
    const row = findMachine(c);
    if (typeof row !== 'number') return row;
    const items = machines.store
      .liveSessions(row)
      .map((i) => toSessionResponseModel(dataset, i, area.overrides(i)));
    return c.json({ Items: items });
  });
  routes.post('/:nameOrId/$reboot', (c) => {
    const row = findMachine(c);
    if (typeof row !== 'number') return row;
    if (c.req.query('async') === 'true') {
      return accepted(c, startRestartJob(area, row, owner(c), () => ctx.clock.now()).id);
    }
    machines.store.restart(row, ctx.clock.now());
    const detailed = c.req.query('detailResponseRequired') !== 'false';
    return c.json(detailed ? machines.toDetail(row) : machines.toModel(row));
  });
  routes.patch('/:nameOrId', async (c) => {
    const row = findMachine(c);
    if (typeof row !== 'number') return row;
    const body = await readJsonBody(c.req);
    if (!body.ok) return cvadManageError(c, 400, sessionProblems.invalidBody(body.detail));
    const parsed = bindMachineUpdate(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = `Invalid machine update: ${issue?.path.join('.') || 'body'}: ${issue?.message}`;
      return cvadManageError(c, 400, machineProblems.invalidUpdate(detail));
    }
    if (c.req.query('async') === 'true') {
      return accepted(c, startUpdateJob(area, row, parsed.data, owner(c)).id);
    }
    applyMachineUpdate(area, row, parsed.data);
    return c.body(null, 204);
  });
  return routes;
}
