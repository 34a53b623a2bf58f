/**
 * One look at a claimed plan: start it when its time comes (or record that its window passed),
 * start each wave when the one before has ended well, stop at the first failed catalog, and put
 * the previous images back when a revert was asked for. Every step is saved before the write it
 * leads to, so a restart never sends a catalog's update twice: a catalog marked `running` with no
 * operation was being sent when the console stopped, and is reported, not resent.
 */
import type { PlanCatalog, PlanWave } from '../../contracts/rollout-plans.ts';
import type { CloudReader } from '../proxy/cloud-reader.ts';
import type { CloudWriter } from '../proxy/cloud-writer.ts';
import type { ConsoleStore, StoredPlan } from '../store/types.ts';
import { sendCatalogUpdate } from './catalog-update.ts';
import { recordPlanStep } from './plan-audit.ts';
import { planSteps } from './plan-operations.ts';

export interface PlanStepContext {
  store: ConsoleStore;
  readCloud: CloudReader;
  writeCloud: CloudWriter;
  instanceId: string;
  /** How soon a plan with rollouts in flight is looked at again. */
  intervalMs: number;
  now: () => Date;
  log: (line: string) => void;
}

/** Another instance holds the plan now, or an admin changed it: this look ends without saving. */
export class PlanTakenOver extends Error {}

/** Settings the previous image must go back with are the plan's own; updatable states per Citrix. */
const updatableStates = new Set(['Active', 'InputRequired']);
const readTimeoutMs = 15_000;
/** A plan that has ended after updating catalogs: what it updated can be reverted. */
const endedStates = new Set(['succeeded', 'stopped', 'cancelled']);

/** Works on `plan` in place: what it saves is kept up to date as it goes. */
export async function advancePlan(plan: StoredPlan, context: PlanStepContext): Promise<void> {
  const save = async (release: boolean) => {
    const saved = await context.store.plans.saveProgress(
      plan.id,
      context.instanceId,
      plan.version,
      {
        state: plan.state,
        waves: plan.waves,
        stopReason: plan.stopReason,
        finishedAt: plan.finishedAt,
        nextCheckAt: plan.nextCheckAt,
      },
      release,
    );
    if (!saved) throw new PlanTakenOver(`plan ${plan.id} is no longer this instance's to run`);
  };
  const now = context.now();
  plan.nextCheckAt = null;
  if (plan.state === 'scheduled') {
    if (now < plan.startAt) {
      plan.nextCheckAt = plan.startAt;
      return save(true);
    }
    if (now > plan.windowEndsAt) {
      const reason = `The plan was due at ${inZone(plan.startAt, plan.timeZone)}, but the console was not running before its window ended at ${inZone(plan.windowEndsAt, plan.timeZone)}; nothing was changed.`;
      await endPlan(plan, 'missed', reason, context);
      return save(true);
    }
    await recordStep(plan, planSteps.start, 'succeeded', null, context);
    plan.state = 'running';
    await save(false);
  }
  if (plan.state === 'running') await runWaves(plan, context, save);
  if (plan.revertRequestedBy && endedStates.has(plan.state)) {
    await runRevert(plan, context, save);
  }
  await save(true);
}

async function runWaves(
  plan: StoredPlan,
  context: PlanStepContext,
  save: (release: boolean) => Promise<void>,
) {
  for (;;) {
    const now = context.now();
    const wave = plan.waves.find((candidate) => candidate.state === 'running');
    if (wave) {
      await readOutcomes(wave.catalogs, 'operationId', context);
      if (wave.catalogs.some((catalog) => catalog.state === 'running')) {
        plan.nextCheckAt = new Date(now.getTime() + context.intervalMs);
        return;
      }
      const failed = wave.catalogs.find((catalog) => catalog.state === 'failed');
      wave.state = failed ? 'failed' : 'succeeded';
      wave.finishedAt = now.toISOString();
      if (failed) {
        const name = failed.catalogName ?? failed.catalogId;
        const reason = `Catalog ${name} failed: ${failed.problem ?? 'the image update failed'}`;
        return endPlan(plan, 'stopped', reason, context);
      }
      await save(false);
      continue;
    }
    const next = plan.waves.findIndex((candidate) => candidate.state === 'waiting');
    if (next < 0) return endPlan(plan, 'succeeded', null, context);
    // Read afresh: a cancel asked for during this look must stop the wave about to start.
    const cancel = await cancelRequest(plan, context);
    if (cancel) {
      const reason = `${cancel.name} cancelled the remaining waves; wave ${next + 1} and later did not start.`;
      return endPlan(plan, 'cancelled', reason, context);
    }
    if (now > plan.windowEndsAt) {
      const reason = `The maintenance window ended before wave ${next + 1} could start.`;
      return endPlan(plan, 'stopped', reason, context);
    }
    await startWave(plan, plan.waves[next]!, next, context, save);
  }
}

/** Who asked to cancel the plan's remaining waves, as stored now; null when nobody has. */
async function cancelRequest(plan: StoredPlan, context: PlanStepContext) {
  if (plan.cancelRequestedBy) return plan.cancelRequestedBy;
  const stored = await context.store.plans.get(plan.id);
  return stored?.cancelRequestedBy ?? null;
}

async function startWave(
  plan: StoredPlan,
  wave: PlanWave,
  index: number,
  context: PlanStepContext,
  save: (release: boolean) => Promise<void>,
) {
  const catalogs = wave.catalogs.map((c) => ({ id: c.catalogId, name: c.catalogName }));
  await recordStep(
    plan,
    planSteps.wave,
    'succeeded',
    `Wave ${index + 1} of ${plan.waves.length}`,
    context,
    catalogs,
  );
  wave.state = 'running';
  wave.startedAt = context.now().toISOString();
  await save(false);
  for (const catalog of wave.catalogs) {
    catalog.startedAt = context.now().toISOString();
    const problem = await checkCatalog(plan, catalog, context);
    if (problem) {
      fail(catalog, 'failed', problem, context);
      await save(false);
      continue;
    }
    // Saved before sending: from here on the update may have reached Citrix.
    catalog.state = 'running';
    await save(false);
    const result = await sendCatalogUpdate({
      ...context,
      actor: plan.createdBy,
      plan,
      catalogId: catalog.catalogId,
      templateId: plan.imageId,
    });
    if ('problem' in result) fail(catalog, 'failed', result.problem, context);
    else catalog.operationId = result.operationId;
    await save(false);
  }
}

/** Reads the catalog as it is now: why it cannot take the image, or null (its image remembered). */
async function checkCatalog(
  plan: StoredPlan,
  catalog: PlanCatalog,
  context: PlanStepContext,
): Promise<string | null> {
  const path = `/api/catalogservice/${encodeURIComponent(plan.customerId)}/${encodeURIComponent(plan.siteId)}/catalogs/${encodeURIComponent(catalog.catalogId)}`;
  let answer: Awaited<ReturnType<CloudReader>>;
  try {
    answer = await context.readCloud(path, readTimeoutMs);
    // The server's token ran out (the reader has dropped it): one more read mints afresh, and
    // the write that follows goes out with the new token rather than failing on the old one.
    if (answer.status === 401) answer = await context.readCloud(path, readTimeoutMs);
  } catch (error) {
    return `The catalog could not be read before its update (${describe(error)}); nothing was sent.`;
  }
  if (answer.status === 404) return 'The catalog no longer exists; nothing was sent.';
  const body = answer.ok && isObject(answer.body) ? answer.body : null;
  if (!body)
    return `The catalog could not be read before its update (${answer.status}); nothing was sent.`;
  if (typeof body.name === 'string') catalog.catalogName = body.name;
  const state = typeof body.state === 'string' ? body.state : 'in an unknown state';
  if (!updatableStates.has(state)) {
    return `The catalog is ${state}; an image update needs it Active or InputRequired, so nothing was sent.`;
  }
  catalog.previousImageId = typeof body.imageId === 'string' ? body.imageId : null;
  catalog.previousImageName =
    typeof body.templateImageName === 'string' ? body.templateImageName : null;
  return null;
}

/** Brings catalogs in flight up to their operation records (which the follower keeps). */
async function readOutcomes(
  catalogs: PlanCatalog[],
  which: 'operationId' | 'revertOperationId',
  context: PlanStepContext,
) {
  const inFlight = which === 'operationId' ? 'running' : 'reverting';
  const failedState = which === 'operationId' ? 'failed' : 'revert-failed';
  for (const catalog of catalogs) {
    if (catalog.state !== inFlight) continue;
    const id = catalog[which];
    if (!id) {
      const problem =
        'The console stopped while sending this update; it may have reached Citrix; check the catalog.';
      fail(catalog, failedState, problem, context);
      continue;
    }
    const operation = await context.store.operations.get(id);
    if (!operation || operation.state === 'running') continue;
    if (operation.state === 'succeeded') {
      catalog.state = which === 'operationId' ? 'succeeded' : 'reverted';
      catalog.finishedAt = context.now().toISOString();
      continue;
    }
    const why =
      operation.progress?.statusMessage ?? operation.progress?.state ?? 'the update failed';
    fail(catalog, failedState, `The image update ended in failure: ${why}`, context);
  }
}

async function runRevert(
  plan: StoredPlan,
  context: PlanStepContext,
  save: (release: boolean) => Promise<void>,
) {
  const catalogs = plan.waves.flatMap((wave) => wave.catalogs);
  await readOutcomes(catalogs, 'revertOperationId', context);
  for (const catalog of catalogs) {
    if (catalog.state !== 'succeeded') continue;
    if (!catalog.previousImageId) {
      fail(catalog, 'revert-failed', 'The image it had before is not known.', context);
      continue;
    }
    catalog.state = 'reverting';
    await save(false);
    const result = await sendCatalogUpdate({
      ...context,
      actor: plan.revertRequestedBy!,
      plan,
      catalogId: catalog.catalogId,
      templateId: catalog.previousImageId,
    });
    if ('problem' in result) fail(catalog, 'revert-failed', result.problem, context);
    else catalog.revertOperationId = result.operationId;
    await save(false);
  }
  if (catalogs.some((catalog) => catalog.state === 'reverting')) {
    plan.nextCheckAt = new Date(context.now().getTime() + context.intervalMs);
  }
}

async function endPlan(
  plan: StoredPlan,
  state: 'succeeded' | 'stopped' | 'missed' | 'cancelled',
  reason: string | null,
  context: PlanStepContext,
) {
  plan.state = state;
  plan.stopReason = reason;
  plan.finishedAt = context.now();
  for (const wave of plan.waves) {
    if (wave.state !== 'waiting') continue;
    wave.state = 'skipped';
    for (const catalog of wave.catalogs) {
      catalog.state = 'skipped';
      catalog.problem = `Not started: ${reason ?? 'the plan ended'}`;
    }
  }
  const outcome = state === 'succeeded' ? 'succeeded' : 'failed';
  const words = reason ?? `Every wave ended well (${plan.waves.length}).`;
  await recordStep(plan, planSteps.finish, outcome, words, context);
}

function fail(
  catalog: PlanCatalog,
  state: 'failed' | 'revert-failed',
  problem: string,
  context: PlanStepContext,
) {
  catalog.state = state;
  catalog.problem = problem;
  catalog.finishedAt = context.now().toISOString();
}

function recordStep(
  plan: StoredPlan,
  step: { id: string; label: string },
  outcome: 'succeeded' | 'failed',
  reason: string | null,
  context: PlanStepContext,
  catalogs?: { id: string; name: string | null }[],
) {
  return recordPlanStep(context.store, {
    actor: plan.createdBy,
    operation: step,
    plan,
    method: 'POST',
    request: null,
    outcome,
    reason,
    ...(catalogs && { catalogs }),
  });
}

/** "1 Dec 2026, 23:00 CET": in the time zone the plan was scheduled in, as its page shows it. */
function inZone(instant: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(instant) + ` (${timeZone})`
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
