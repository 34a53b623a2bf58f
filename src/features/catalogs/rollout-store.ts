import { useSyncExternalStore } from 'react';
// zod/mini: the shell reads this store on every page (see scripts/check-bundle-budget.ts).
import { z } from 'zod/mini';

/**
 * Rollouts submitted from this browser, in localStorage: tracking resumes after a reload, in
 * another tab (the `storage` event), and the catalog page lists them as its update history.
 */
const storageKey = 'daas-console.rollouts.v1';
const keptRollouts = 50;

const rolloutRecordSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  siteId: z.string(),
  catalogId: z.string(),
  catalogName: z.string(),
  /** The proxy path of the update status, from the 202's `Location`. */
  location: z.string(),
  imageId: z.string(),
  imageName: z.string(),
  previousImageId: z.nullable(z.string()),
  previousImageName: z.nullable(z.string()),
  vdaUpdateDelay: z.number(),
  warningTitle: z.nullable(z.string()),
  warningMessage: z.nullable(z.string()),
  submittedAt: z.string(),
  transactionId: z.nullable(z.string()),
  outcome: z.optional(
    z.object({
      result: z.enum(['succeeded', 'failed']),
      state: z.string(),
      subState: z.nullable(z.string()),
      statusMessage: z.nullable(z.string()),
      finishedAt: z.string(),
    }),
  ),
});
export type RolloutRecord = z.infer<typeof rolloutRecordSchema>;
export type RolloutOutcome = NonNullable<RolloutRecord['outcome']>;

const listeners = new Set<() => void>();
let cachedRaw: string | null = null;
let cachedRecords: RolloutRecord[] = [];

function readRecords(): RolloutRecord[] {
  const raw = localStorage.getItem(storageKey);
  if (raw === cachedRaw) return cachedRecords;
  cachedRaw = raw;
  try {
    cachedRecords = z.array(rolloutRecordSchema).parse(JSON.parse(raw ?? '[]'));
  } catch {
    cachedRecords = []; // unreadable (an older format, or edited by hand): start afresh
  }
  return cachedRecords;
}

function writeRecords(records: RolloutRecord[]) {
  localStorage.setItem(storageKey, JSON.stringify(records.slice(0, keptRollouts)));
  listeners.forEach((listener) => listener());
}

export function saveRollout(record: RolloutRecord) {
  writeRecords([record, ...readRecords().filter((r) => r.id !== record.id)]);
}

/** Records how a rollout ended; false when it was already recorded (by this tab or another). */
export function recordOutcome(id: string, outcome: RolloutOutcome): boolean {
  const records = readRecords();
  const record = records.find((r) => r.id === id);
  if (!record || record.outcome) return false;
  writeRecords(records.map((r) => (r.id === id ? { ...r, outcome } : r)));
  return true;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Every remembered rollout, newest first; re-renders when any tab changes them. */
export function useRollouts(): RolloutRecord[] {
  return useSyncExternalStore(subscribe, readRecords);
}

export function newRolloutId(): string {
  return crypto.randomUUID();
}
