/**
 * Follows every unfinished operation to its end, on whichever console instance claims it: each
 * tick claims due operations through the database (`FOR UPDATE SKIP LOCKED` plus a lease), so
 * exactly one instance follows each one while it lives, and another takes over when its lease
 * runs out (a crash) or is released (a clean stop). A restart resumes what was unfinished.
 */
import type { CloudReader } from '../proxy/cloud-reader.ts';
import type { ConsoleStore, StoredOperation } from '../store/types.ts';
import { startClaimLoop, type ClaimLoop } from './claim-loop.ts';
import { readJob, readRolloutStatus, type Reading } from './readings.ts';

export interface FollowerOptions {
  store: ConsoleStore;
  readCloud: CloudReader;
  /** Unique per process: `host:pid:random`. */
  instanceId: string;
  /** How often a running operation is read. */
  intervalMs: number;
  /** How long a claim lasts without renewal; another instance may take over after it. */
  leaseMs: number;
  log: (line: string) => void;
  now?: () => Date;
}

/** `tick()` claims and reads what is due once; tests drive it directly. */
export type Follower = ClaimLoop;

const claimedPerTick = 10;
const readTimeoutMs = 15_000;

export function startFollower(options: FollowerOptions): Follower {
  const now = options.now ?? (() => new Date());
  return startClaimLoop({
    intervalMs: options.intervalMs,
    async work() {
      const claimed = await options.store.operations.claimDue(
        options.instanceId,
        now(),
        options.leaseMs,
        claimedPerTick,
      );
      await Promise.all(claimed.map((operation) => followOnce(operation, options, now)));
    },
    release: () => options.store.operations.releaseAll(options.instanceId),
    log: options.log,
    logPrefix: '[console-follower]',
  });
}

async function followOnce(
  operation: StoredOperation,
  options: FollowerOptions,
  now: () => Date,
): Promise<void> {
  const nextPollAt = new Date(now().getTime() + options.intervalMs);
  let reading: Reading;
  try {
    reading = await takeReading(operation, options.readCloud, now());
  } catch (error) {
    await options.store.operations.recordProgress(operation.id, options.instanceId, {
      progress: operation.progress,
      followProblem: `The status could not be read: ${describe(error)}`,
      nextPollAt,
    });
    return;
  }
  if (reading.state === 'running') {
    await options.store.operations.recordProgress(operation.id, options.instanceId, {
      progress: reading.progress,
      followProblem: null,
      nextPollAt,
    });
    return;
  }
  const finishedAt = now();
  const ended = await options.store.operations.finish(operation.id, options.instanceId, {
    state: reading.state,
    progress: reading.progress,
    finishedAt,
  });
  if (ended && reading.finalResult) {
    await options.store.audit.finish(operation.auditId, reading.finalResult, finishedAt);
  }
}

/** Thrown for an answer that says nothing about the operation (a 5xx, a refused token). */
class UnreadableStatus extends Error {}

async function takeReading(
  operation: StoredOperation,
  readCloud: CloudReader,
  now: Date,
): Promise<Reading> {
  const answer = await readCloud(operation.location, readTimeoutMs);
  const body = isObject(answer.body) ? answer.body : null;
  if (answer.status === 404) {
    // The status resource is gone: the catalog (or job) no longer exists, so it cannot succeed.
    const progress = {
      state: 'NotFound',
      subState: null,
      statusMessage: 'The cloud no longer knows this operation (404).',
      percent: null,
      raw: body,
      readAt: now.toISOString(),
    };
    return { state: 'failed', progress, finalResult: 'The status address answered 404 Not Found.' };
  }
  if (!answer.ok || !body) throw new UnreadableStatus(`the cloud answered ${answer.status}`);
  // Session and machine actions both answer with a cvad/manage Job.
  if (operation.kind !== 'rollout') return readJob(body, now);
  const rollout = operation.rollout;
  const catalog = rollout
    ? await readCloud(
        `/api/catalogservice/${encodeURIComponent(rollout.customerId)}/${encodeURIComponent(rollout.siteId)}/catalogs/${encodeURIComponent(rollout.catalogId)}`,
        readTimeoutMs,
      ).catch(() => null)
    : null;
  const catalogBody = catalog?.ok && isObject(catalog.body) ? catalog.body : null;
  return readRolloutStatus(body, catalogBody, now);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
