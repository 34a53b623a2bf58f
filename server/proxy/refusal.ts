/**
 * Refusing a request: said in words (403, or 400 for a body the console will not pass on), and
 * recorded in the audit trail when the person is known, so an admin can see who tried what. A
 * refusal that cannot be recorded is still refused.
 */
import type { Actor } from '../../contracts/identity-api.ts';
import type { ConsoleStore } from '../store/types.ts';
import { ProxyProblem } from './errors.ts';

export interface Refusal {
  actor: Actor | null;
  operation: string;
  operationLabel: string;
  method: string;
  path: string;
  reason: string;
  /** `bad_request` when the request itself is wrong rather than not allowed. @default 'forbidden' */
  code?: 'forbidden' | 'bad_request';
}

export async function refuse(
  store: ConsoleStore,
  refusal: Refusal,
  log: (line: string) => void,
): Promise<never> {
  if (refusal.actor) {
    try {
      await store.audit.begin({
        at: new Date(),
        actor: refusal.actor,
        operation: refusal.operation,
        operationLabel: refusal.operationLabel,
        method: refusal.method,
        path: refusal.path,
        targets: [],
        request: null,
        outcome: 'refused',
        reason: refusal.reason,
      });
    } catch (error) {
      log(
        `[console-audit] could not record a refusal: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  throw new ProxyProblem(refusal.code ?? 'forbidden', refusal.reason);
}
