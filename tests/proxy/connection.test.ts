import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
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
