import type { HTTPError } from 'ky';
import { describeHttpFailure, rememberApiProblem } from './api-problem.ts';
import { readErrorBody } from './error-body.ts';

/** ky `beforeError` hook: reads the body once and remembers the problem it describes. */
export async function attachApiProblem(error: HTTPError): Promise<HTTPError> {
  const text = await error.response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined; // an HTML error page from a gateway says nothing we can use
  }
  const problem = describeHttpFailure(error.response, readErrorBody(body));
  rememberApiProblem(error, problem);
  error.message = `${problem.title}. ${problem.message}`;
  return error;
}
