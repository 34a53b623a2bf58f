/**
 * `/api/plans`: rollout plans, read by anyone signed in and drafted, changed, cancelled or
 * reverted by admins (plan-operations.ts says who may do what). Drafts are checked in words
 * before they are stored; every change is recorded in the audit trail in the person's name; the
 * server runs the plans (server/plans/plan-runner.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { planStates, type PlanList } from '../../contracts/rollout-plans.ts';
import type { Actor, AuditTarget } from '../../contracts/identity-api.ts';
import { beginWriteRecord, completeWriteRecord } from '../audit/write-record.ts';
import type { Identity } from '../auth/auth.ts';
import { roleAllows } from '../proxy/allowlist.ts';
import { ProxyProblem, sendJson } from '../proxy/errors.ts';
import type { ProxyContext } from '../proxy/middleware.ts';
import { refuse } from '../proxy/refusal.ts';
import { readLimitedBody } from '../proxy/request-body.ts';
import type { Route } from '../proxy/routes.ts';
import { checkDraft } from '../plans/draft-check.ts';
import { imageTarget, planTargets } from '../plans/plan-audit.ts';
import { planRequests, type PlanOperation } from '../plans/plan-operations.ts';
import { toPlan } from '../plans/plan-view.ts';
import type { PlanChangeResult, StoredPlan } from '../store/types.ts';
import { blankToUndefined, readQuery } from './query-values.ts';

export type PlanRoute = Extract<Route, { kind: 'plans' | 'plan' | 'plan-action' }>;
export type PlanContext = Pick<
  ProxyContext,
  'store' | 'readCloud' | 'citrix' | 'maxRequestBodyBytes' | 'logProblem' | 'planNow'
>;

const listQuery = z.object({
  state: z.preprocess(blankToUndefined, z.enum(planStates).optional()),
});
const versionSchema = z.object({ version: z.number().int().min(1) });
/** Why a change the store could not make failed, for the trail; the store's own words go to the log. */
const notSaved = 'Not saved: the console database could not store it.';

type AuditedChange = (
  targets: AuditTarget[],
  request: unknown,
  reason: string | null,
  change: (auditId: string) => Promise<StoredPlan>,
) => Promise<StoredPlan>;

export async function servePlans(
  route: PlanRoute,
  req: IncomingMessage,
  res: ServerResponse,
  context: PlanContext,
  identity: Identity,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = (req.url ?? '/').split('?')[0]!;
  const operation = operationFor(route, method);
  const actor = identity.actor;
  /** Who asked for what: the start of every audit record this request makes. */
  const asked = {
    actor,
    operation: operation.id,
    operationLabel: operation.label,
    method,
    path,
  };
  if (!roleAllows(actor.role, operation.role)) {
    return refuse(
      context.store,
      {
        ...asked,
        reason: `Your role, ${actor.role}, cannot ${operation.needs}.`,
      },
      context.logProblem,
    );
  }
  const now = context.planNow();
  if (operation === planRequests.read) {
    if (route.kind === 'plans') {
      const { state } = readQuery(listQuery, req.url ?? '/', 'plan filters');
      const plans = await context.store.plans.list({ state });
      const body: PlanList = {
        items: plans.map((plan) => toPlan(plan, now)),
        serverNow: now.toISOString(),
      };
      return sendJson(res, 200, body);
    }
    return sendJson(res, 200, toPlan(await findPlan(route, context), now));
  }
  // Writes: the server acts with its own Citrix credential when the plan's time comes.
  if (operation !== planRequests.cancel && !context.citrix) {
    throw new ProxyProblem(
      'provider_not_configured',
      'Plans are run by the console server with its own Citrix credential, and this server has none (it passes on each browser’s own token instead). Configure CITRIX_CLIENT_ID and CITRIX_CLIENT_SECRET on the server to schedule plans.',
    );
  }
  const raw = route.kind === 'plan-action' ? null : await readJson(req, context);
  /**
   * One change to the store, audited first as every write through the console is
   * (audit/write-record.ts): a change the trail cannot record is not made, and one the store
   * refuses is recorded as failed, with why.
   */
  const auditedChange: AuditedChange = async (targets, request, reason, change) => {
    const auditId = await beginWriteRecord(
      context.store,
      {
        ...asked,
        targets,
        request,
      },
      context.logProblem,
    );
    const complete = (outcome: 'succeeded' | 'failed', why: string | null, plan?: StoredPlan) =>
      completeWriteRecord(
        context.store,
        auditId,
        {
          outcome,
          reason: why,
          httpStatus: null,
          transactionId: null,
          location: null,
          operationId: null,
          // A new plan's id is known only now.
          ...(plan && { targets: planTargets(plan) }),
        },
        context.logProblem,
      );
    let plan: StoredPlan;
    try {
      plan = await change(auditId);
    } catch (error) {
      await complete('failed', error instanceof ProxyProblem ? error.message : notSaved);
      throw error;
    }
    await complete('succeeded', reason, plan);
    return plan;
  };
  const refuseDraft = (problems: string[]) =>
    refuse(
      context.store,
      {
        ...asked,
        reason: `The plan was not saved: ${problems.join(' ')}`,
        code: 'bad_request',
      },
      context.logProblem,
    );

  if (operation === planRequests.create) {
    const checked = await checkDraft(raw, context.readCloud, now);
    if ('problems' in checked) return refuseDraft(checked.problems);
    const plan = await auditedChange([imageTarget(checked.schedule)], raw, null, (auditId) =>
      context.store.plans.create({
        ...checked.schedule,
        createdAt: now,
        createdBy: actor,
        createdAuditId: auditId,
      }),
    );
    return sendJson(res, 201, toPlan(plan, now));
  }

  const current = await findPlan(route, context);
  if (operation === planRequests.change) {
    if (current.state !== 'scheduled') throw startedConflict(current, 'changed');
    const version = versionSchema.safeParse(raw);
    if (!version.success)
      return refuseDraft([
        'version must be the whole number of the plan’s version the change was made from.',
      ]);
    const checked = await checkDraft(raw, context.readCloud, now);
    if ('problems' in checked) return refuseDraft(checked.problems);
    const plan = await auditedChange(
      planTargets({ id: current.id, ...checked.schedule }),
      raw,
      `Changed from version ${version.data.version}.`,
      async () =>
        answerOf(
          await context.store.plans.change(
            current.id,
            version.data.version,
            checked.schedule,
            actor,
            now,
          ),
          'changed',
          version.data.version,
        ),
    );
    return sendJson(res, 200, toPlan(plan, now));
  }
  if (operation === planRequests.cancel && current.state === 'running') {
    return cancelRemainingWaves(current, actor, now, context, res, auditedChange);
  }
  if (operation === planRequests.cancel) {
    if (current.state !== 'scheduled') throw startedConflict(current, 'cancelled');
    const reason = `Cancelled by ${actor.name} before it started.`;
    const plan = await auditedChange(planTargets(current), null, reason, async () =>
      answerOf(
        await context.store.plans.cancel(current.id, null, actor, now, reason),
        'cancelled',
        null,
      ),
    );
    return sendJson(res, 200, toPlan(plan, now));
  }
  const updated = current.waves.flatMap((w) => w.catalogs).filter((c) => c.state === 'succeeded');
  if (current.revertRequestedBy) {
    throw new ProxyProblem(
      'conflict',
      `A revert was already asked for by ${current.revertRequestedBy.name}.`,
    );
  }
  if (
    current.state !== 'stopped' &&
    current.state !== 'succeeded' &&
    current.state !== 'cancelled'
  ) {
    throw new ProxyProblem(
      'conflict',
      `The plan is ${current.state}; a revert can be asked for once it has ended (finished, stopped or cancelled).`,
    );
  }
  if (updated.length === 0) {
    throw new ProxyProblem(
      'conflict',
      'The plan updated no catalog, so there is nothing to revert.',
    );
  }
  const plan = await auditedChange(
    planTargets(current),
    null,
    `Putting back the previous image on ${updated.length} catalog(s).`,
    async () =>
      answerOf(await context.store.plans.requestRevert(current.id, actor, now), 'reverted', null),
  );
  return sendJson(res, 200, toPlan(plan, now));
}

function operationFor(route: PlanRoute, method: string): PlanOperation {
  const reading = method === 'GET' || method === 'HEAD';
  if (route.kind === 'plans' && (reading || method === 'POST')) {
    return reading ? planRequests.read : planRequests.create;
  }
  if (route.kind === 'plan' && (reading || method === 'PUT')) {
    return reading ? planRequests.read : planRequests.change;
  }
  if (route.kind === 'plan-action' && method === 'POST') return planRequests[route.action];
  const allowed =
    route.kind === 'plans' ? 'GET, POST' : route.kind === 'plan' ? 'GET, PUT' : 'POST';
  throw new ProxyProblem('method_not_allowed', `${method} is not allowed here.`, {
    Allow: allowed,
  });
}

async function findPlan(route: PlanRoute, context: PlanContext): Promise<StoredPlan> {
  const id = route.kind === 'plans' ? '' : route.id;
  const plan = await context.store.plans.get(id);
  if (!plan) throw new ProxyProblem('not_found', `No plan has the id ${id.slice(0, 80)}.`);
  return plan;
}

async function readJson(req: IncomingMessage, context: PlanContext): Promise<unknown> {
  const body = await readLimitedBody(req, context.maxRequestBodyBytes);
  try {
    return JSON.parse(body?.toString('utf8') ?? '') as unknown;
  } catch {
    throw new ProxyProblem(
      'bad_request',
      'The plan was not saved: the body must be a JSON object.',
    );
  }
}

/**
 * A running plan: the wave under way carries on to its end (its updates are already with Citrix),
 * and the runner starts no further wave. Nothing to cancel once the last wave runs.
 */
async function cancelRemainingWaves(
  current: StoredPlan,
  actor: Actor,
  now: Date,
  context: PlanContext,
  res: ServerResponse,
  auditedChange: AuditedChange,
) {
  if (current.cancelRequestedBy) {
    throw new ProxyProblem(
      'conflict',
      `${current.cancelRequestedBy.name} already asked to cancel the remaining waves.`,
    );
  }
  if (!current.waves.some((wave) => wave.state === 'waiting')) {
    throw new ProxyProblem(
      'conflict',
      'The last wave is already running, so there is no wave left to cancel; its updates are with Citrix and run to their end.',
    );
  }
  const plan = await auditedChange(
    planTargets(current),
    null,
    'The wave running now carries on to its end; no further wave starts.',
    async () =>
      answerOf(await context.store.plans.requestCancel(current.id, actor, now), 'cancelled', null),
  );
  return sendJson(res, 200, toPlan(plan, now));
}

function startedConflict(plan: StoredPlan, what: string): ProxyProblem {
  return new ProxyProblem(
    'conflict',
    `The plan is ${plan.state}; only a plan that has not started yet can be ${what}.`,
  );
}

function answerOf(result: PlanChangeResult, what: string, version: number | null): StoredPlan {
  switch (result.outcome) {
    case 'changed':
      return result.plan;
    case 'not-found':
      throw new ProxyProblem('not_found', 'The plan no longer exists.');
    case 'stale': {
      const by = result.plan.changedBy ? ` by ${result.plan.changedBy.name}` : '';
      throw new ProxyProblem(
        'conflict',
        `The plan was changed${by} since version ${version}; it is at version ${result.plan.version} now. Reload it and make your change again.`,
      );
    }
    case 'not-allowed':
      throw new ProxyProblem(
        'conflict',
        `The plan is ${result.plan.state}; it could not be ${what}.`,
      );
  }
}
