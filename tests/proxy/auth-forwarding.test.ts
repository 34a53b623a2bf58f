import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import {
  cloudEnv,
  send,
  sharedTestStore,
  startConsole,
  type RunningConsole,
} from './support/console-server.ts';
import {
  echoSchema,
  fakeCredentials,
  json,
  startFakeCloud,
  type FakeCloud,
} from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;

// The proxy's clock, moved on by tests that expire a cached token without waiting for it.
let clockAheadMs = 0;

async function start(env = cloudEnv()) {
  clockAheadMs = 0;
  consoleServer = await startConsole(env, {
    upstreams: simulatorUpstreams(fake.url),
    now: () => Date.now() + clockAheadMs,
  });
}

async function echoed(path: string, headers: Record<string, string> = {}) {
  const response = await send(consoleServer.url, path, { headers });
  expect(response.status).toBe(200);
  return echoSchema.parse(response.json());
}

// The database takes seconds to start on a busy machine: in a hook, not in the first test.
beforeAll(async () => {
  await sharedTestStore();
});
beforeEach(async () => {
  fake = await startFakeCloud();
});
afterEach(async () => {
  await consoleServer?.close();
  await fake.close();
});

describe('headers sent by the browser', () => {
  it('pass through unchanged, and the proxy mints and injects nothing', async () => {
    await start();
    const citrix = await echoed('/api/cvad/manage/Sessions?limit=10', {
      Authorization: 'CwsAuth bearer=browser-token',
      'Citrix-CustomerId': 'browser-customer',
      'Citrix-InstanceId': 'browser-site',
    });
    expect(citrix.url).toBe('/cvad/manage/Sessions?limit=10');
    expect(citrix.headers).toMatchObject({
      authorization: 'CwsAuth bearer=browser-token',
      'citrix-customerid': 'browser-customer',
      'citrix-instanceid': 'browser-site',
    });

    const rackspace = await echoed('/api/rackspace/DFW/v2/555/images/detail', {
      'X-Auth-Token': 'browser-rax-token',
    });
    // Without a server token the fixed per-region template is used, for any tenant.
    expect(rackspace.url).toBe('/rackspace/dfw/v2/555/images/detail');
    expect(rackspace.headers['x-auth-token']).toBe('browser-rax-token');
    expect(fake.mints).toEqual({ citrix: 0, rackspace: 0 });
  });

  it('keep a browser-sent site ID even when the token is the server’s', async () => {
    await start();
    const upstream = await echoed('/api/cvad/manage/Sessions', {
      'Citrix-InstanceId': 'other-site',
    });
    expect(upstream.headers['citrix-instanceid']).toBe('other-site');
    expect(upstream.headers.authorization).toBe(`CwsAuth bearer=${fake.issuedTokens[0]}`);
  });
});

describe('server credentials', () => {
  it('inject the minted token, the customer ID, and the site ID on site-scoped paths only', async () => {
    await start();
    const sessions = await echoed('/api/cvad/manage/Sessions');
    expect(sessions.headers).toMatchObject({
      authorization: `CwsAuth bearer=${fake.issuedTokens[0]}`,
      'citrix-customerid': fakeCredentials.customerId,
      'citrix-instanceid': fakeCredentials.siteId,
    });
    for (const siteFree of ['/api/cvad/manage/Sites/abc', '/api/catalogservice/cust-fake/sites']) {
      const upstream = await echoed(siteFree);
      expect(upstream.headers['citrix-customerid']).toBe(fakeCredentials.customerId);
      expect(upstream.headers['citrix-instanceid']).toBeUndefined();
    }
    expect(fake.mints.citrix).toBe(1);
  });

  it('use a configured CITRIX_SITE_ID without asking /me', async () => {
    await start(cloudEnv({ CITRIX_SITE_ID: 'configured-site' }));
    const upstream = await echoed('/api/cvad/manage/Sessions');
    expect(upstream.headers['citrix-instanceid']).toBe('configured-site');
    expect(fake.requests.some((request) => request.url === '/cvad/manage/me')).toBe(false);
  });

  it('share one mint between 20 concurrent requests per provider', async () => {
    await start();
    fake.mintDelayMs = 150;
    const paths = Array.from({ length: 20 }, (_, index) =>
      index % 2
        ? '/api/cvad/manage/Sites'
        : `/api/rackspace/dfw/v2/${fakeCredentials.tenantId}/images/detail`,
    );
    const responses = await Promise.all(paths.map((path) => send(consoleServer.url, path)));
    expect(responses.map((response) => response.status)).toEqual(paths.map(() => 200));
    expect(fake.mints).toEqual({ citrix: 1, rackspace: 1 });
  });

  it('mint again once the token nears expiry', async () => {
    await start();
    fake.tokenTtlSeconds = 1;
    await echoed('/api/cvad/manage/Sites');
    await echoed('/api/cvad/manage/Sites');
    expect(fake.mints.citrix).toBe(1);
    // A 1 s token is refreshed at half its life.
    clockAheadMs += 600;
    const upstream = await echoed('/api/cvad/manage/Sites');
    expect(fake.mints.citrix).toBe(2);
    expect(upstream.headers.authorization).toBe(`CwsAuth bearer=${fake.issuedTokens[1]}`);
  });

  it('report a rejected mint as credentials_rejected, without the secret, and do not cache it', async () => {
    await start();
    fake.failingMints = 1;
    const rejected = await send(consoleServer.url, '/api/cvad/manage/Sites');
    expect(rejected.status).toBe(502);
    const { error } = proxyErrorSchema.parse(rejected.json());
    expect(error.code).toBe('credentials_rejected');
    expect(error.message).toContain('Client authentication failed');
    expect(rejected.body).not.toContain(fakeCredentials.clientSecret);

    await echoed('/api/cvad/manage/Sites');
    expect(fake.mints.citrix).toBe(1);
  });

  it('drop a token the upstream rejects, so the next request mints a new one', async () => {
    await start();
    fake.script('/cvad/manage/Sessions/$search', (_req, res) =>
      json(res, 401, { detail: 'expired' }),
    );
    // A POST is not retried (token-retry.test.ts covers reads), so this is one upstream 401.
    const revoked = await send(consoleServer.url, '/api/cvad/manage/Sessions/$search', {
      method: 'POST',
      body: '{}',
    });
    expect(revoked.status).toBe(401);
    await echoed('/api/cvad/manage/Sites');
    expect(fake.mints.citrix).toBe(2);
  });

  it('send the Rackspace token only to its own account’s catalog endpoint', async () => {
    await start();
    const upstream = await echoed(
      `/api/rackspace/ORD/v2/${fakeCredentials.tenantId}/images?limit=5`,
    );
    expect(upstream.url).toBe(`/rackspace/ord/v2/${fakeCredentials.tenantId}/images?limit=5`);
    expect(upstream.headers['x-auth-token']).toBe(fake.issuedTokens[0]);

    const before = fake.requests.length;
    for (const [path, status, code] of [
      ['/api/rackspace/dfw/v2/111111/images', 403, 'forbidden'],
      [`/api/rackspace/syd/v2/${fakeCredentials.tenantId}/images`, 404, 'not_found'],
    ] as const) {
      const refused = await send(consoleServer.url, path);
      expect(refused.status, path).toBe(status);
      expect(proxyErrorSchema.parse(refused.json()).error.code).toBe(code);
    }
    expect(fake.requests.length).toBe(before);
  });
});

describe('a provider without server credentials', () => {
  it('answers 503 provider_not_configured, yet forwards requests carrying browser auth', async () => {
    const citrixOnly = Object.fromEntries(
      Object.entries(cloudEnv()).filter(([name]) => name.startsWith('CITRIX_')),
    );
    await start(citrixOnly);
    const refused = await send(consoleServer.url, '/api/rackspace/dfw/v2/555/images');
    expect(refused.status).toBe(503);
    expect(proxyErrorSchema.parse(refused.json()).error.code).toBe('provider_not_configured');

    const upstream = await echoed('/api/rackspace/dfw/v2/555/images', {
      'X-Auth-Token': 'browser-token',
    });
    expect(upstream.headers['x-auth-token']).toBe('browser-token');
  });
});
