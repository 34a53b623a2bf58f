import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { SimulatorContext } from '../context.ts';

export interface FaultResponses {
  /** 500 or 503, in the API's own error shape. */
  serverError(c: Context, status: 500 | 503, retryAfterSeconds: number): Response;
  /** Citrix answers 429; Rackspace's Repose answers 413 overLimit. Both send `Retry-After`. */
  rateLimited(c: Context, retryAfterSeconds: number): Response;
}

/**
 * SIM_FAULT_5XX_RATE / SIM_FAULT_RATE_LIMIT_RATE: answers a seeded fraction of resource requests with
 * an error instead of the resource, so clients' retry and error paths get exercised.
 */
export function injectFaults(ctx: SimulatorContext, responses: FaultResponses) {
  return createMiddleware(async (c, next) => {
    const { fault5xxRate, faultRateLimitRate, retryAfterSeconds } = ctx.config;
    if (fault5xxRate > 0 || faultRateLimitRate > 0) {
      const roll = ctx.faultRandom.next();
      if (roll < fault5xxRate) {
        const status = ctx.faultRandom.chance(0.5) ? 500 : 503;
        return responses.serverError(c, status, retryAfterSeconds);
      }
      if (roll < fault5xxRate + faultRateLimitRate)
        return responses.rateLimited(c, retryAfterSeconds);
    }
    await next();
  });
}
