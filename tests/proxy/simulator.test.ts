/** The proxy against the real simulator: the same code path it takes against the clouds. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectionStatusSchema, proxyErrorSchema } from '../../contracts/console-api.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import {
  createManualClock,
  startSimulator,
  type SimulatorHandle,
} from '../../server/simulator/index.ts';
import { tickSimulator } from '../support/simulator-clock.ts';
import { send, startConsole, type RunningConsole } from './support/console-server.ts';

let simulator: SimulatorHandle;
let consoleServer: RunningConsole;

beforeAll(async () => {
  simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    config: { latencyMs: 0, fault5xxRate: 0, faultRateLimitRate: 0 },
  });
  consoleServer = await startConsole({}, { simulator });
});
afterAll(async () => {
  await consoleServer.close();
  await simulator.close();
});

describe('/api/connection in simulator mode', () => {
  it('names the simulator’s customer and site, and its Rackspace account', async () => {
    const response = await send(consoleServer.url, '/api/connection');
    const status = connectionStatusSchema.parse(response.json());
    expect(status.mode).toBe('simulator');
    const me = await send(consoleServer.url, '/api/cvad/manage/me');
    const { Customers } = me.json() as {
      Customers: { Id: string; Name: string; Sites: { Id: string; Name: string }[] }[];
    };
    expect(status.citrix).toEqual({
      state: 'connected',
      region: 'us',
      customerId: simulator.credentials.citrix.customerId,
      customerName: Customers[0]!.Name,
      siteId: Customers[0]!.Sites[0]!.Id,
      siteName: Customers[0]!.Sites[0]!.Name,
    });
    expect(status.rackspace).toMatchObject({
      state: 'connected',
      region: 'DFW',
      tenantId: simulator.credentials.rackspace.tenantId,
    });
    expect(status.rackspace.state === 'connected' && [...status.rackspace.regions].sort()).toEqual([
      'DFW',
      'HKG',
      'IAD',
      'LON',
      'ORD',
      'SYD',
    ]);
    expect(consoleServer.backend.describe()).toContain(simulator.credentials.citrix.customerId);
  });

  it('test mints afresh and times a real round trip for each provider', async () => {
    const before = { ...simulator.stats.tokensIssued };
    const response = await send(consoleServer.url, '/api/connection/test', { method: 'POST' });
    const status = connectionStatusSchema.parse(response.json());
    expect(status.citrix.state === 'connected' && status.citrix.latencyMs).toBeGreaterThanOrEqual(
      0,
    );
    expect(
      status.rackspace.state === 'connected' && status.rackspace.latencyMs,
    ).toBeGreaterThanOrEqual(0);
    expect(simulator.stats.tokensIssued.citrix).toBe(before.citrix + 1);
  });
});

describe('/api/connection in cloud mode', () => {
  it('shows a provider without credentials as not-configured and a refused one as error', async () => {
    const rackspaceOnly = await startConsole(
      {
        RACKSPACE_USERNAME: simulator.credentials.rackspace.username,
        RACKSPACE_API_KEY: simulator.credentials.rackspace.apiKey,
        RACKSPACE_REGION: 'lon',
      },
      { upstreams: simulatorUpstreams(simulator.url) },
    );
    const wrongCitrix = await startConsole(
      {
        CITRIX_CUSTOMER_ID: simulator.credentials.citrix.customerId,
        CITRIX_CLIENT_ID: 'nobody',
        CITRIX_CLIENT_SECRET: 'wrong-secret-123',
      },
      { upstreams: simulatorUpstreams(simulator.url) },
    );
    try {
      const first = connectionStatusSchema.parse(
        (await send(rackspaceOnly.url, '/api/connection')).json(),
      );
      expect(first).toMatchObject({ mode: 'cloud', citrix: { state: 'not-configured' } });
      expect(first.rackspace).toMatchObject({ state: 'connected', region: 'LON' });

      const second = await send(wrongCitrix.url, '/api/connection');
      const status = connectionStatusSchema.parse(second.json());
      expect(status.citrix).toMatchObject({
        state: 'error',
        problem: { code: 'credentials_rejected' },
      });
      expect(status.rackspace).toEqual({ state: 'not-configured' });
      expect(second.body).not.toContain('wrong-secret-123');
    } finally {
      await rackspaceOnly.close();
      await wrongCitrix.close();
    }
  });
});

describe('tokens minted from the simulator', () => {
  it('one mint serves 20 concurrent requests', async () => {
    // Slow answers make sure all 20 requests arrive while the first mint is still in flight.
    const slow = await startSimulator({ config: { latencyMs: 100 } });
    const { citrix, rackspace } = slow.credentials;
    // Cloud mode pointed at the simulator: nothing is minted before the burst.
    const proxy = await startConsole(
      {
        CITRIX_CUSTOMER_ID: citrix.customerId,
        CITRIX_CLIENT_ID: citrix.clientId,
        CITRIX_CLIENT_SECRET: citrix.clientSecret,
        RACKSPACE_USERNAME: rackspace.username,
        RACKSPACE_API_KEY: rackspace.apiKey,
      },
      { upstreams: simulatorUpstreams(slow.url) },
    );
    try {
      const paths = Array.from({ length: 20 }, (_, index) =>
        index % 2 ? '/api/cvad/manage/Sites' : `/api/rackspace/dfw/v2/${rackspace.tenantId}/images`,
      );
      const responses = await Promise.all(paths.map((path) => send(proxy.url, path)));
      expect(responses.map((response) => response.status)).toEqual(paths.map(() => 200));
      expect(slow.stats.tokensIssued).toEqual({ citrix: 1, rackspace: 1 });
    } finally {
      await proxy.close();
      await slow.close();
    }
  });

  it('are replaced once they near expiry', async () => {
    // Both clocks are driven instead of slept on: the simulator's manual clock, and the proxy's
    // token cache, which reads Date.now (only Date is faked: sockets and timers stay real).
    vi.useFakeTimers({ toFake: ['Date'] });
    const shortLived = await startSimulator({
      config: { citrixTokenTtlSeconds: 2 },
      clock: createManualClock(),
    });
    const proxy = await startConsole({}, { simulator: shortLived });
    try {
      const afterStartup = shortLived.stats.tokensIssued.citrix;
      expect((await send(proxy.url, '/api/cvad/manage/Sites')).status).toBe(200);
      expect(shortLived.stats.tokensIssued.citrix).toBe(afterStartup);
      // A 2 s token is refreshed at half its life.
      vi.advanceTimersByTime(1100);
      await tickSimulator(shortLived, 1.1);
      expect((await send(proxy.url, '/api/cvad/manage/Sites')).status).toBe(200);
      expect(shortLived.stats.tokensIssued.citrix).toBe(afterStartup + 1);
    } finally {
      vi.useRealTimers();
      await proxy.close();
      await shortLived.close();
    }
  });

  it('passes the simulator’s own 401 through when the browser’s token is bad', async () => {
    const response = await send(consoleServer.url, '/api/cvad/manage/me', {
      headers: { Authorization: 'CwsAuth bearer=not-a-token', 'Citrix-CustomerId': 'x' },
    });
    expect(response.status).toBe(401);
    expect(proxyErrorSchema.safeParse(response.json()).success).toBe(false);
  });
});
