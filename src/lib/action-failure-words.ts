import type { ActionFailure } from '../api/citrix/job-actions.ts';
import type { ApiProblem } from './api-problem.ts';
import { problemWording } from './api-problem-wording.ts';

/** A refusal in the console's words: the service's own text and advice are left out. */
export function problemWords(problem: ApiProblem, notFound = 'Not found.'): string {
  if (problem.kind === 'not-found') return notFound;
  return `${problem.title}. ${problemWording[problem.kind].message}`;
}

/**
 * Why an action did not succeed, in words. `what` names the thing acted on ("the session", "the
 * machine"), for the advice to check it before trying again.
 */
export function actionFailureWords(failure: ActionFailure, what: string): string {
  const notFound = `Not found. ${what.charAt(0).toUpperCase()}${what.slice(1)} may have ended or been removed already.`;
  if (failure.stage === 'job') return 'The cloud accepted it, but its job ended without success.';
  if (failure.stage === 'unconfirmed') {
    const why = problemWords(failure.problem, notFound);
    return `Sent, but whether it worked could not be read. ${why} Check ${what} before trying again.`;
  }
  return problemWords(failure.problem, notFound);
}
