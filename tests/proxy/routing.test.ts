import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import {
  cloudEnv,
  send,
  spaFallbackBody,
  startConsole,
  type RawResponse,
  type RunningConsole,
} from './support/console-server.ts';
import {
  echoSchema,
  fakeCredentials,
  startFakeCloud,
  type FakeCloud,
} from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

// Browser auth on every probe, so nothing is refused merely for lack of credentials.
const browserAuth = { Authorization: 'CwsAuth bearer=browser', 'X-Auth-Token': 'browser' };

// Dot-segments and other path look-alikes are refused earlier, as 400: look-alikes.test.ts.
const refusedPaths = [
  '/api',
  '/api/',
  '/api/unknown/thing',
  '/api/cctrustoauth2/root/tokens/clients',
  '/api/v2.0/tokens',
  '/api/cvad/manage',
  '/api/cvad/manage/',
  '/api/cvad/manage//evil.example/Sessions',
  '/api/catalogservice',
  '/api/rackspace/mars/v2/555/servers',
  '/api/rackspace/dfw/v1/555/servers',
  '/api/rackspace/dfw/v2/555',
  '/api/connection/other',
  'http://evil.example/api/cvad/manage/Sessions',
];

/** A refusal as a person or an API client sees it: 403, in words, as JSON. */
function expectRefusedInWords(response: RawResponse) {
  expect(response.status).toBe(403);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const { error } = proxyErrorSchema.parse(response.json());
  expect(error.code).toBe('forbidden');
  // A sentence, not a bare code: "Nothing is served at /api (no such API)."
  expect(error.message).toMatch(/^[A-Z].* .*\.$/);
  return error.message;
}

describe('requests the proxy refuses', () => {
  it.each(refusedPaths)(
    '%s is 403 forbidden, said in words, and never reaches an upstream',
    async (path) => {
      const before = fake.requests.length;
      const response = await send(consoleServer.url, path, { headers: browserAuth });
      expectRefusedInWords(response);
      expect(fake.requests.length).toBe(before);
    },
  );

  it.each(['TRACE', 'OPTIONS', 'PROPFIND'])(
    '%s on a cloud path is 403 forbidden and never reaches an upstream',
    async (method) => {
      const before = fake.requests.length;
      const response = await send(consoleServer.url, '/api/cvad/manage/Sessions', {
        method,
        headers: browserAuth,
      });
      expect(expectRefusedInWords(response)).toContain(`${method} /api/cvad/manage/Sessions`);
      expect(fake.requests.length).toBe(before);
    },
  );

  const { customerId, siteId, tenantId } = fakeCredentials;
  it.each([
    ['DELETE', '/api/cvad/manage/Sessions/abc'],
    ['PUT', '/api/cvad/manage/Sessions/abc'],
    ['PATCH', `/api/cvad/manage/Sites/${siteId}`],
    ['POST', '/api/cvad/manage/Sessions/abc/$reset'],
    ['DELETE', `/api/catalogservice/${customerId}/${siteId}/catalogs/k1`],
    ['PUT', `/api/catalogservice/${customerId}/${siteId}/images/i1`],
    ['DELETE', `/api/rackspace/dfw/v2/${tenantId}/images/i1`],
    ['PATCH', `/api/rackspace/dfw/v2/${tenantId}/images/i1`],
  ])(
    '%s %s, a real resource the console never changes that way, is 403 and never sent',
    async (method, path) => {
      const before = fake.requests.length;
      const response = await send(consoleServer.url, path, {
        method,
        headers: { ...browserAuth, 'Content-Type': 'application/json' },
        body: '{"Name":"x"}',
      });
      expect(expectRefusedInWords(response)).toBe(
        `The console does not make this request (${method} ${path}), so it is not sent to the cloud.`,
      );
      expect(fake.requests.length).toBe(before);
    },
  );

  it('allows only GET on /api/connection and POST on /api/connection/test', async () => {
    const wrongStatus = await send(consoleServer.url, '/api/connection', { method: 'POST' });
    const wrongTest = await send(consoleServer.url, '/api/connection/test');
    expect([wrongStatus.status, wrongTest.status]).toEqual([405, 405]);
    expect(wrongTest.headers.allow).toBe('POST');
  });
});

describe('requests the proxy serves', () => {
  it.each([
    ['GET', '/api/cvad/manage/Sessions/s1?fields=Id', '/cvad/manage/Sessions/s1?fields=Id'],
    ['POST', '/api/cvad/manage/Sessions/$search?limit=5', '/cvad/manage/Sessions/$search?limit=5'],
    [
      'POST',
      '/api/cvad/manage/Sessions/s1/$logoff?async=true',
      '/cvad/manage/Sessions/s1/$logoff?async=true',
    ],
  ])('forwards %s %s with its body and query', async (method, path, upstreamUrl) => {
    const body = method === 'GET' ? undefined : '{"Name":"x"}';
    const headers = { ...browserAuth, 'Content-Type': 'application/json' };
    const response = await send(consoleServer.url, path, { method, headers, body });
    expect(response.status).toBe(200);
    const upstream = echoSchema.parse(response.json());
    expect(upstream).toMatchObject({ method, url: upstreamUrl });
    expect(upstream.body).toBe(body ?? '');
  });

  it('keeps encoded characters in names as they were sent', async () => {
    const response = await send(consoleServer.url, '/api/cvad/manage/Sessions/CORP%5Cvda%2001', {
      headers: browserAuth,
    });
    expect(echoSchema.parse(response.json()).url).toBe('/cvad/manage/Sessions/CORP%5Cvda%2001');
  });

  it('leaves every path outside /api to the SPA', async () => {
    for (const path of ['/', '/sessions/abc', '/apix', '/api.js', '/assets/app.js']) {
      const response = await send(consoleServer.url, path);
      expect(response.body).toBe(spaFallbackBody);
    }
  });
});

describe('requests from other origins', () => {
  it.each<Record<string, string>>([
    { Origin: 'http://attacker.example' },
    { Origin: 'http://localhost:3000' },
    { Origin: 'null' },
    { 'Sec-Fetch-Site': 'cross-site' },
    { 'Sec-Fetch-Site': 'same-site' },
  ])('are refused before they can use the server’s credentials: %o', async (headers) => {
    const before = fake.requests.length;
    const response = await send(consoleServer.url, '/api/cvad/manage/Sessions/s1/$logoff', {
      method: 'POST',
      headers,
    });
    expect(expectRefusedInWords(response)).toContain('came from another site');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(fake.requests.length).toBe(before);
  });

  it('are told apart from the console’s own pages', async () => {
    const response = await send(consoleServer.url, '/api/cvad/manage/Sites', {
      headers: { ...browserAuth, Origin: consoleServer.url, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(response.status).toBe(200);
  });
});
