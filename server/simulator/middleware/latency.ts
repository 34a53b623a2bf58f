import { createMiddleware } from 'hono/factory';
import { setTimeout as sleep } from 'node:timers/promises';

/** SIM_LATENCY_MS: holds every request back, so the console's loading states can be seen and tested. */
export function addLatency(latencyMs: number) {
  return createMiddleware(async (_c, next) => {
    if (latencyMs > 0) await sleep(latencyMs);
    await next();
  });
}
