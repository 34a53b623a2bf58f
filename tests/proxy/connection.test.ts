import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import { connectionStatusSchema } from '../../contracts/console-api.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import {
  cloudEnv,
  send,
  sharedTestStore,
  startConsole,
  type RunningConsole,
} from './support/console-server.ts';
import { fakeCredentials, json, startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;

async function statusOf(path = '/api/connection', method = 'GET') {
  const response = await send(consoleServer.url, path, { method });
  expect(response.status).toBe(200);
  return connectionStatusSchema.parse(response.json());
}
const requestsTo = (path: string) =>
  fake.requests.filter((request) => request.url.startsWith(path)).length;

// The database takes seconds to start on a busy machine: in a hook, not in the first test.
beforeAll(async () => {
  await sharedTestStore();
});
beforeEach(async () => {
  fake = await startFakeCloud();
});
afterEach(async () => {
  await consoleServer.close();
  await fake.close();
});

it('discovers once, caches it, and the site-scoped proxy path reuses it', async () => {
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
  const status = await statusOf();
  expect(status).toMatchObject({
    mode: 'cloud',
    citrix: {
      state: 'connected',
      region: 'us',
      customerName: 'Fake Corp',
      siteId: fakeCredentials.siteId,
      siteName: 'Fake Site',
    },
    rackspace: {
      state: 'connected',
      region: 'DFW',
      regions: ['DFW', 'ORD'],
      tenantId: fakeCredentials.tenantId,
    },
  });
  await statusOf();
  await send(consoleServer.url, '/api/cvad/manage/Sessions');
  expect(requestsTo('/cvad/manage/me')).toBe(1);
  expect(fake.mints).toEqual({ citrix: 1, rackspace: 1 });
  expect(consoleServer.backend.describe()).toBe(
    'Console proxy: cloud mode — Citrix us, Rackspace default region',
  );
});

it('reads a customer or site name sent as "" as not named, as it reads null', async () => {
  fake.script('/cvad/manage/me', (_req, res) =>
    json(res, 200, {
      UserId: 'u1',
      DisplayName: 'Fake Admin',
      Customers: [
        {
          Id: fakeCredentials.customerId,
          Name: '',
          Sites: [{ Id: fakeCredentials.siteId, Name: null }],
        },
      ],
    }),
  );
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
  const status = await statusOf();
  expect(status.citrix).toMatchObject({ state: 'connected', customerName: null, siteName: null });
});

it('test mints afresh, calls /me, the catalog service and /limits, and reports latency', async () => {
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
  await statusOf();
  const tested = await statusOf('/api/connection/test', 'POST');
  expect(fake.mints).toEqual({ citrix: 2, rackspace: 2 });
  expect(requestsTo('/cvad/manage/me')).toBe(2);
  expect(requestsTo(`/catalogservice/${fakeCredentials.customerId}/sites`)).toBe(1);
  expect(requestsTo(`/rackspace/dfw/v2/${fakeCredentials.tenantId}/limits`)).toBe(1);
  expect(tested.citrix.state === 'connected' && typeof tested.citrix.latencyMs).toBe('number');
  expect(tested.rackspace.state === 'connected' && typeof tested.rackspace.latencyMs).toBe(
    'number',
  );
});

it('reports each provider’s problem on its own, with a code', async () => {
  fake.script('/cvad/manage/me', (_req, res) => json(res, 503, { detail: 'Site is hibernating' }));
  consoleServer = await startConsole(cloudEnv({ RACKSPACE_REGION: 'SYD' }), {
    upstreams: simulatorUpstreams(fake.url),
  });
  const status = await statusOf();
  expect(status.citrix).toMatchObject({
    state: 'error',
    region: 'us',
    customerId: fakeCredentials.customerId,
    problem: { code: 'discovery_failed', message: expect.stringContaining('Site is hibernating') },
  });
  // The account's catalog lists DFW and ORD only.
  expect(status.rackspace).toMatchObject({
    state: 'error',
    region: 'SYD',
    problem: { code: 'discovery_failed' },
  });
});

it('does not cache a failed discovery', async () => {
  fake.failingMints = 2;
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
  const failed = await statusOf();
  expect(failed.citrix).toMatchObject({
    state: 'error',
    problem: { code: 'credentials_rejected' },
  });
  expect(failed.rackspace).toMatchObject({
    state: 'error',
    problem: { code: 'credentials_rejected' },
  });
  const recovered = await statusOf();
  expect([recovered.citrix.state, recovered.rackspace.state]).toEqual(['connected', 'connected']);
});

it('never shows or logs the API client id, user name or key a token endpoint echoes', async () => {
  const clientId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
  // Citrix's trust service and Rackspace Identity may name the caller in a refusal.
  fake.script(`/cctrustoauth2/${fakeCredentials.customerId}/tokens/clients`, (_req, res, body) => {
    const echoed = new URLSearchParams(body).get('client_id');
    json(res, 401, { error: 'invalid_client', error_description: `Client ${echoed} not found` });
  });
  fake.script('/v2.0/tokens', (_req, res, body) => {
    const sent = z
      .object({
        auth: z.object({ 'RAX-KSKEY:apiKeyCredentials': z.record(z.string(), z.string()) }),
      })
      .parse(JSON.parse(body)).auth['RAX-KSKEY:apiKeyCredentials'];
    const message = `No user ${sent.username} with API key ${sent.apiKey}`;
    json(res, 401, { unauthorized: { code: 401, message } });
  });
  consoleServer = await startConsole(cloudEnv({ CITRIX_CLIENT_ID: clientId, CONSOLE_LOG: '1' }), {
    upstreams: simulatorUpstreams(fake.url),
  });

  const tested = await send(consoleServer.url, '/api/connection/test', { method: 'POST' });
  const answers = [
    tested,
    await send(consoleServer.url, '/api/connection'),
    await send(consoleServer.url, '/api/cvad/manage/Sessions'),
    await send(consoleServer.url, `/api/rackspace/dfw/v2/${fakeCredentials.tenantId}/images`),
  ];

  const status = connectionStatusSchema.parse(tested.json());
  const refused = { state: 'error', problem: { code: 'credentials_rejected' } };
  expect(status).toMatchObject({ citrix: refused, rackspace: refused });
  // The refusal's words still come through, without the names.
  expect(status.citrix.state === 'error' && status.citrix.problem.message).toContain(
    'Client [redacted] not found',
  );
  expect(status.rackspace.state === 'error' && status.rackspace.problem.message).toContain(
    'No user [redacted] with API key [redacted]',
  );
  expect(answers.slice(2).map((answer) => answer.status)).toEqual([502, 502]);
  expect(consoleServer.logLines).toHaveLength(answers.length);
  const seen = [
    ...answers.map((answer) => `${JSON.stringify(answer.headers)}\n${answer.body}`),
    ...consoleServer.logLines,
  ];
  for (const credential of [clientId, fakeCredentials.username, fakeCredentials.apiKey]) {
    for (const text of seen) expect(text).not.toContain(credential);
  }
});
