import type { ActionFailure } from '../../api/citrix/sessions.ts';
import type { ApiProblem } from '../../lib/api-problem.ts';
import { actionFailureWords } from '../../lib/action-failure-words.ts';

/** Where one session stands in an action on several. */
export type SessionResult =
  | { state: 'waiting' }
  | { state: 'working' }
  | { state: 'done' }
  | { state: 'failed'; failure: ActionFailure }
  /** Never sent; `stoppedBy` is the failure that stopped the run, if not the user. */
  | { state: 'not-attempted'; stoppedBy?: ApiProblem };

export type SessionResults = ReadonlyMap<string, SessionResult>;

/** What a row's outcome cell says. */
export function resultWords(result: SessionResult | undefined): string {
  switch (result?.state) {
    case 'done':
      return 'Done';
    case 'failed':
      return `Failed: ${actionFailureWords(result.failure, 'the session')}`;
    case 'not-attempted':
      return result.stoppedBy
        ? `Not attempted: the run stopped at “${result.stoppedBy.title}”, which every session would meet.`
        : 'Not attempted: the run was stopped before it.';
    case 'working':
      return 'Working…';
    default:
      return 'Waiting';
  }
}

export interface ResultTotals {
  done: number;
  failed: number;
  notAttempted: number;
  /** Waiting or under way. */
  running: number;
}

/** Counts over every session the action was started on; the four always add up to all of them. */
export function countResults(sessionIds: string[], results: SessionResults): ResultTotals {
  const totals: ResultTotals = { done: 0, failed: 0, notAttempted: 0, running: 0 };
  for (const id of sessionIds) {
    const state = results.get(id)?.state;
    if (state === 'done') totals.done += 1;
    else if (state === 'failed') totals.failed += 1;
    else if (state === 'not-attempted') totals.notAttempted += 1;
    else totals.running += 1;
  }
  return totals;
}

export function totalsWords(count: number, totals: ResultTotals): string {
  return `${count} selected: ${totals.done} done, ${totals.failed} failed, ${totals.notAttempted} not attempted.`;
}

/** The sessions that still need action: every one not known to be done (failed, not attempted,
 * or still under way when the dialog closed). */
export function stillToDo(sessionIds: string[], results: SessionResults): string[] {
  return sessionIds.filter((id) => results.get(id)?.state !== 'done');
}

/** What "Retry the failed ones" sends again: the failed and the not attempted. */
export function toRetry(sessionIds: string[], results: SessionResults): string[] {
  return sessionIds.filter((id) => {
    const state = results.get(id)?.state;
    return state === 'failed' || state === 'not-attempted';
  });
}
