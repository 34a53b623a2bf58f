import { afterAll, describe, expect, it } from 'vitest';
import { tickSimulator } from '../../tests/support/simulator-clock.ts';
import { createManualClock, startSimulator, type SimulatorHandle } from './index.ts';

describe('startSimulator', () => {
  const started: SimulatorHandle[] = [];
  const start = async (...args: Parameters<typeof startSimulator>) => {
    const handle = await startSimulator(...args);
    started.push(handle);
    return handle;
  };
  afterAll(async () => {
    await Promise.all(started.map((handle) => handle.close()));
  });

  it('serves on an ephemeral loopback port and reports URL, config and demo credentials', async () => {
    const sim = await start({ config: { sessions: 10, seed: 5 } });
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.config).toMatchObject({ sessions: 10, seed: 5 });
    expect(sim.credentials.citrix.customerId).toMatch(/^[a-z0-9]{12}$/);
    expect(sim.credentials.rackspace.tenantId).toMatch(/^\d+$/);
    const response = await fetch(`${sim.url}/cvad/manage/me`);
    expect(response.status).toBe(401);
  });

  it('expires a Citrix token after a 1-second TTL over real HTTP', async () => {
    const sim = await start({
      config: { sessions: 10, citrixTokenTtlSeconds: 1 },
      clock: createManualClock(),
    });
    const { customerId, clientId, clientSecret } = sim.credentials.citrix;
    const tokenResponse = await fetch(`${sim.url}/cctrustoauth2/${customerId}/tokens/clients`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
      }),
    });
    const { access_token: token, expires_in: expiresIn } = (await tokenResponse.json()) as Record<
      string,
      string
    >;
    expect(expiresIn).toBe('1');
    expect(sim.stats.tokensIssued.citrix).toBe(1);
    const headers = { Authorization: `CwsAuth bearer=${token}`, 'Citrix-CustomerId': customerId };
    expect((await fetch(`${sim.url}/cvad/manage/me`, { headers })).status).toBe(200);
    await tickSimulator(sim, 1.05);
    const expired = await fetch(`${sim.url}/cvad/manage/me`, { headers });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({
      parameters: [{ name: 'reason', value: 'expired' }],
    });
  });

  it('moves a manual clock with POST /__sim/tick, and has no such route on the wall clock', async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1));
    const manual = await start({ config: { sessions: 10 }, clock });
    expect(manual.clock).toBe(clock);
    expect(await tickSimulator(manual, 90)).toEqual({
      now: Date.UTC(2026, 0, 1, 0, 1, 30),
      time: '2026-01-01T00:01:30.000Z',
    });
    expect(clock.now()).toBe(Date.UTC(2026, 0, 1, 0, 1, 30));
    for (const body of ['{"seconds":-1}', '{"seconds":"5"}', '{}', 'not json']) {
      const refused = await fetch(`${manual.url}/__sim/tick`, { method: 'POST', body });
      expect(refused.status).toBe(400);
    }
    const wall = await start({ config: { sessions: 10 } });
    const absent = await fetch(`${wall.url}/__sim/tick`, {
      method: 'POST',
      body: JSON.stringify({ seconds: 1 }),
    });
    expect(absent.status).toBe(404);
  });

  it('rejects an invalid programmatic config before listening', async () => {
    await expect(startSimulator({ config: { faultRateLimitRate: 1.5 } })).rejects.toThrow(
      /SIM_FAULT_RATE_LIMIT_RATE/,
    );
  });

  it('stops accepting connections after close()', async () => {
    const sim = await startSimulator({ config: { sessions: 1 } });
    await sim.close();
    await expect(fetch(`${sim.url}/cvad/manage/me`)).rejects.toThrow();
  });
});
