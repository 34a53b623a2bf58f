import type { CitrixProblem } from '../../citrix-problems.ts';
import { tokenRefusalText, type TokenRefusal } from './continuation-token.ts';

/** Bad requests to the Sessions and Jobs APIs, in the Citrix Cloud common error kinds. */
export const sessionProblems = {
  limitOutOfRange: (limit: string): CitrixProblem => ({
    kind: 'outOfRange',
    detail: `limit must be a whole number from 1 to 1000 (got ${JSON.stringify(limit)})`,
    parameters: [{ name: 'parameter', value: 'limit' }],
    sdkErrorId: 'InvalidParameter',
  }),
  skipOutOfRange: (skip: string): CitrixProblem => ({
    kind: 'outOfRange',
    detail: `skip must be a whole number of at least 0 (got ${JSON.stringify(skip)})`,
    parameters: [{ name: 'parameter', value: 'skip' }],
    sdkErrorId: 'InvalidParameter',
  }),
  continuationToken: (reason: TokenRefusal): CitrixProblem => ({
    kind: 'invalidString',
    detail: tokenRefusalText[reason],
    parameters: [
      { name: 'parameter', value: 'continuationToken' },
      { name: 'reason', value: reason },
    ],
    sdkErrorId: 'InvalidContinuationToken',
  }),
  invalidBody: (detail: string): CitrixProblem => ({
    kind: 'invalidJson',
    detail,
    sdkErrorId: 'InvalidRequestBody',
  }),
  search: (detail: string): CitrixProblem => ({
    kind: 'invalidEnum',
    detail,
    sdkErrorId: 'InvalidSearchFilter',
  }),
  sessionNotFound: (id: string): CitrixProblem => ({
    kind: 'notFound',
    detail: `Session ${id} was not found; it may have ended`,
    parameters: [{ name: 'id', value: id }],
    sdkErrorId: 'SessionNotFound',
  }),
};
