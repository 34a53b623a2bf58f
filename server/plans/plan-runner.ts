/**
 * Runs rollout plans on whichever console instance claims them, as the follower follows
 * operations: each tick claims the plans due (`FOR UPDATE SKIP LOCKED` plus a lease), looks at
 * each once (plan-steps.ts) and gives the lease back with the time of its next look. Two
 * instances never run one plan at the same time, and a restart picks up where the last look
 * left off, because every step is saved before the write it leads to.
 */
import type { CloudReader } from '../proxy/cloud-reader.ts';
import type { CloudWriter } from '../proxy/cloud-writer.ts';
import type { ConsoleStore, StoredPlan } from '../store/types.ts';
import { startClaimLoop, type ClaimLoop } from '../operations/claim-loop.ts';
import { advancePlan, PlanTakenOver } from './plan-steps.ts';

export interface PlanRunnerOptions {
  store: ConsoleStore;
  readCloud: CloudReader;
  writeCloud: CloudWriter;
  /** Unique per process: `host:pid:random`. */
  instanceId: string;
  /** How often plans are looked for, and how soon a plan with rollouts in flight is looked at again. */
  intervalMs: number;
  /** How long a claim lasts; another instance may take over after it (a crash). */
  leaseMs: number;
  /** The plans' clock: the wall clock, or the simulator's (SIM_CLOCK_RATE, a test's manual clock). */
  now: () => Date;
  log: (line: string) => void;
}

/** `tick()` claims and looks at what is due once; tests drive it directly. */
export type PlanRunner = ClaimLoop;

const claimedPerTick = 5;

export function startPlanRunner(options: PlanRunnerOptions): PlanRunner {
  return startClaimLoop({
    intervalMs: options.intervalMs,
    async work() {
      const claimed = await options.store.plans.claimDue(
        options.instanceId,
        options.now(),
        options.leaseMs,
        claimedPerTick,
      );
      // One after another: each sends writes, and Citrix is better asked one at a time.
      for (const plan of claimed) await lookAt(plan, options);
    },
    release: () => options.store.plans.releaseAll(options.instanceId),
    log: options.log,
    logPrefix: '[console-plans]',
  });
}

async function lookAt(claimed: StoredPlan, options: PlanRunnerOptions) {
  // A copy: the steps change it as they go, and what they saved stays what was done.
  const plan: StoredPlan = { ...claimed, waves: structuredClone(claimed.waves) };
  try {
    await advancePlan(plan, options);
  } catch (error) {
    if (error instanceof PlanTakenOver) return;
    options.log(`[console-plans] plan ${plan.id}: ${describe(error)}; trying again shortly`);
    // What was done so far is kept (a sent update must not be sent again), and looked at again.
    plan.nextCheckAt = new Date(options.now().getTime() + options.intervalMs);
    await options.store.plans
      .saveProgress(plan.id, options.instanceId, plan.version, plan, true)
      .catch(() => undefined);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
