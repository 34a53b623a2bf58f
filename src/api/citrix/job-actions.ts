import { toApiProblem, type ApiProblem } from '../../lib/api-problem.ts';
import { followJob } from './jobs.ts';

/** Why an action on one session or machine did not succeed; the console puts it in words. */
export type ActionFailure =
  /** Refused, or never answered: nothing was done. */
  | { stage: 'sent'; problem: ApiProblem }
  /** Accepted, and its job ended without success. */
  | { stage: 'job' }
  /** Accepted, but its job could not be read to its end: it may well have worked. */
  | { stage: 'unconfirmed'; problem: ApiProblem };

/** How one action ended: done only when its job ended well. */
export type JobOutcome = { ok: true } | { ok: false; failure: ActionFailure };

/**
 * Sends an action and, when it is accepted as a job (202 + Location), follows the job to its end.
 * Never throws: a refusal, a failed job and an unreadable job each come back as a failure. The
 * job's ErrorString is the service's own text, so it is not passed on: the console says it in
 * its own words (src/lib/action-failure-words.ts).
 */
export async function settleAction(send: () => Promise<Response>): Promise<JobOutcome> {
  let response: Response;
  try {
    response = await send();
  } catch (failure) {
    return { ok: false, failure: { stage: 'sent', problem: toApiProblem(failure) } };
  }
  const location = response.headers.get('Location');
  if (response.status !== 202 || !location) return { ok: true };
  try {
    const jobError = await followJob(location);
    return jobError === undefined ? { ok: true } : { ok: false, failure: { stage: 'job' } };
  } catch (failure) {
    return { ok: false, failure: { stage: 'unconfirmed', problem: toApiProblem(failure) } };
  }
}
