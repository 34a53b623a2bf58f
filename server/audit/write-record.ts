/**
 * The audit record of a write, begun before the write and completed after it: a write the trail
 * cannot record does not happen. The proxy's cloud writes (proxy/audited-write.ts) and the
 * console's own plan endpoints both go through here.
 */
import type { ConsoleStore, NewAuditEntry } from '../store/types.ts';
import { ProxyProblem } from '../proxy/errors.ts';

export type WriteRecord = Omit<NewAuditEntry, 'at' | 'outcome' | 'reason'>;
export type WriteCompletion = Parameters<ConsoleStore['audit']['complete']>[1];

/**
 * Begins the pending record of a write about to happen and returns its id. When it cannot be
 * stored, throws `audit_unavailable` in words with nothing of the store's error in them (that
 * goes to the log), so the caller changes nothing.
 */
export async function beginWriteRecord(
  store: ConsoleStore,
  record: WriteRecord,
  log: (line: string) => void,
): Promise<string> {
  try {
    return await store.audit.begin({ ...record, at: new Date(), outcome: 'pending', reason: null });
  } catch (error) {
    log(`[console-audit] could not record ${record.operation}: ${describe(error)}`);
    throw new ProxyProblem(
      'audit_unavailable',
      'Not sent: the console could not record this action in its audit trail, so nothing was changed. Try again shortly; if it persists, the console database needs attention.',
    );
  }
}

/** Completes a record begun by beginWriteRecord; a completion that cannot be stored is logged. */
export async function completeWriteRecord(
  store: ConsoleStore,
  auditId: string,
  completion: WriteCompletion,
  log: (line: string) => void,
): Promise<void> {
  try {
    await store.audit.complete(auditId, completion);
  } catch (error) {
    // The write already happened; the pending record stays as the honest "outcome unknown".
    log(`[console-audit] could not complete record ${auditId}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
