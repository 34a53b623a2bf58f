import { Hono } from 'hono';
import type { ManualClock } from '../clock.ts';
import { readJsonBody } from '../json-binding.ts';

/**
 * `/__sim`: test-only controls, as rackerlabs/mimic has. Mounted only for a simulator started with a
 * manual clock, so a simulator serving a console answers these paths with its usual 404.
 *
 * `POST /__sim/tick {"seconds": N}` moves the clock N seconds (fractions allowed) and answers the
 * new time; rollouts, image builds, jobs, token and continuation-token expiry all follow it.
 */
export function simControlRoutes(clock: ManualClock) {
  const routes = new Hono();
  routes.post('/tick', async (c) => {
    const body = await readJsonBody(c.req);
    const seconds: unknown =
      body.ok && typeof body.value === 'object' && body.value !== null
        ? (body.value as { seconds?: unknown }).seconds
        : undefined;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      return c.json({ message: 'Send {"seconds": N} with N a number of seconds, 0 or more' }, 400);
    }
    clock.advance(seconds * 1000);
    const now = clock.now();
    return c.json({ now, time: new Date(now).toISOString() });
  });
  return routes;
}
