import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../test-support.ts';

describe('fault injection', () => {
  it('answers every resource request 500 or 503 at SIM_FAULT_5XX_RATE=1, in each API’s error shape', async () => {
    const sim = createTestSimulator({ fault5xxRate: 1, retryAfterSeconds: 7 });
    const citrix = await sim.citrixToken();
    const rackspace = await sim.rackspaceToken();
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const cvad = await sim.app.request('/cvad/manage/me', { headers: sim.cvadHeaders(citrix) });
      statuses.add(cvad.status);
      expect([500, 503]).toContain(cvad.status);
      expect(await cvad.json()).toHaveProperty('SdkErrorId');
      if (cvad.status === 503) expect(cvad.headers.get('Retry-After')).toBe('7');
      const compute = await sim.app.request(`/rackspace/dfw/v2/${sim.rackspace.tenantId}/limits`, {
        headers: { 'X-Auth-Token': rackspace },
      });
      expect([500, 503]).toContain(compute.status);
      const fault = (await compute.json()) as Record<string, { code: number }>;
      expect(Object.values(fault)[0]?.code).toBe(compute.status);
    }
    expect(statuses).toEqual(new Set([500, 503]));
  });

  it('answers 429 + Retry-After (Citrix) and 413 overLimit + Retry-After (Rackspace) at rate-limit rate 1', async () => {
    const sim = createTestSimulator({ faultRateLimitRate: 1, retryAfterSeconds: 3 });
    const cvad = await sim.app.request('/cvad/manage/me', {
      headers: sim.cvadHeaders(await sim.citrixToken()),
    });
    expect(cvad.status).toBe(429);
    expect(cvad.headers.get('Retry-After')).toBe('3');
    expect(await cvad.json()).toMatchObject({ SdkErrorId: 'TooManyRequests' });
    const catalog = await sim.app.request(`/catalogservice/${sim.citrix.customerId}/sites`, {
      headers: { Authorization: `CwsAuth bearer=${await sim.citrixToken()}` },
    });
    expect(catalog.status).toBe(429);
    expect(catalog.headers.get('Retry-After')).toBe('3');
    const compute = await sim.app.request(`/rackspace/dfw/v2/${sim.rackspace.tenantId}/limits`, {
      headers: { 'X-Auth-Token': await sim.rackspaceToken() },
    });
    expect(compute.status).toBe(413);
    expect(compute.headers.get('Retry-After')).toBe('3');
    expect(await compute.json()).toMatchObject({
      overLimit: { code: 413, message: 'This request was rate-limited.', retryAfter: '3' },
    });
  });

  it('never faults the token endpoints', async () => {
    const sim = createTestSimulator({ fault5xxRate: 1, faultRateLimitRate: 1 });
    expect(await sim.citrixToken()).toMatch(/^[\w-]{40,}$/);
    expect(await sim.rackspaceToken()).toMatch(/^[\w-]{40,}$/);
  });

  it('draws faults from the seed, so one seed replays the same sequence', async () => {
    const sequence = async () => {
      const sim = createTestSimulator({ seed: 9, fault5xxRate: 0.3, faultRateLimitRate: 0.3 });
      const headers = sim.cvadHeaders(await sim.citrixToken());
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++)
        statuses.push((await sim.app.request('/cvad/manage/me', { headers })).status);
      return statuses;
    };
    const first = await sequence();
    expect(new Set(first)).toEqual(new Set([200, 429, 500, 503]));
    expect(await sequence()).toEqual(first);
  });
});

describe('SIM_LATENCY_MS', () => {
  it('holds every request back by at least the configured delay', async () => {
    const sim = createTestSimulator({ latencyMs: 120 });
    const started = performance.now();
    await sim.app.request('/cvad/manage/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });
});
