import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { SimulatorContext } from '../context.ts';
import { resetMidBody, truncateBody } from './broken-responses.ts';

/**
 * How one API answers an injected fault, in its own documented error shape. `Retry-After` is set
 * here, before either is called: on a 503 and on every rate-limited answer.
 */
export interface FaultAnswers {
  /** 500 or 503. */
  serverError(c: Context, status: 500 | 503): Response;
  /** Citrix answers 429; Rackspace's Repose answers 413 overLimit, which repeats the delay. */
  rateLimited(c: Context, retryAfterSeconds: number): Response;
}

type Fault = 'server-error' | 'rate-limited' | 'reset' | 'malformed' | null;

/** One seeded roll per request picks at most one fault; the bands follow the config's order. */
function pickFault(ctx: SimulatorContext): Fault {
  const { fault5xxRate, faultRateLimitRate, faultResetRate, faultMalformedRate } = ctx.config;
  if (fault5xxRate + faultRateLimitRate + faultResetRate + faultMalformedRate <= 0) return null;
  const roll = ctx.faultRandom.next();
  const bands: [Fault, number][] = [
    ['server-error', fault5xxRate],
    ['rate-limited', faultRateLimitRate],
    ['reset', faultResetRate],
    ['malformed', faultMalformedRate],
  ];
  let ceiling = 0;
  for (const [fault, rate] of bands) {
    ceiling += rate;
    if (roll < ceiling) return fault;
  }
  return null;
}

/**
 * SIM_FAULT_5XX_RATE / SIM_FAULT_RATE_LIMIT_RATE: answers a seeded fraction of resource requests with
 * an error instead of the resource, so clients' retry and error paths get exercised. Both refuse
 * before the handler runs, so a refused write changed nothing.
 *
 * SIM_FAULT_RESET_RATE / SIM_FAULT_MALFORMED_RATE break the answer of a successful read instead: the
 * connection is cut halfway through the body, or the body is truncated JSON. Writes are spared:
 * a write whose answer is lost has happened all the same, which is a different failure (an
 * unknown outcome) from the transport faults these model.
 */
export function injectFaults(ctx: SimulatorContext, answers: FaultAnswers) {
  return createMiddleware(async (c, next) => {
    const fault = pickFault(ctx);
    const { retryAfterSeconds } = ctx.config;
    if (fault === 'server-error') {
      const status = ctx.faultRandom.chance(0.5) ? 500 : 503;
      if (status === 503) c.header('Retry-After', String(retryAfterSeconds));
      return answers.serverError(c, status);
    }
    if (fault === 'rate-limited') {
      c.header('Retry-After', String(retryAfterSeconds));
      return answers.rateLimited(c, retryAfterSeconds);
    }
    await next();
    const breakable = c.req.method === 'GET' && c.res.ok && c.res.body !== null;
    if (!breakable || (fault !== 'reset' && fault !== 'malformed')) return;
    const broken = fault === 'reset' ? await resetMidBody(c, c.res) : await truncateBody(c.res);
    // Assigning over a response merges the old headers in, old Content-Length included; the
    // broken response already carries the headers it needs.
    c.res = undefined;
    c.res = broken;
  });
}
