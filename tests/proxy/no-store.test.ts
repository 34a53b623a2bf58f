/**
 * Answers under `/api` carry sessions, user names and catalogs: none may be kept by a shared
 * cache or the browser's disk cache, whatever the cloud advises its own clients.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, send, startConsole, type RunningConsole } from './support/console-server.ts';
import { fakeCredentials, json, startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;
const browserAuth = { Authorization: 'CwsAuth bearer=browser', 'X-Auth-Token': 'browser' };
const { customerId, siteId, tenantId } = fakeCredentials;
const cacheable = { 'Cache-Control': 'public, max-age=600', ETag: '"v1"' };

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv({ CONSOLE_UPSTREAM_TIMEOUT_MS: '300' }), {
    upstreams: simulatorUpstreams(fake.url),
  });
  fake.script('/cvad/manage/Sites', (_req, res) => json(res, 200, { Items: [] }, cacheable));
  fake.script(`/catalogservice/${customerId}/${siteId}/catalogs`, (_req, res) =>
    json(res, 200, { items: [] }, cacheable),
  );
  fake.script(`/rackspace/dfw/v2/${tenantId}/images/detail`, (_req, res) =>
    json(res, 200, { images: [] }, { 'Cache-Control': 'max-age=3600' }),
  );
  fake.script('/cvad/manage/Jobs/expired', (_req, res) =>
    json(res, 401, { detail: 'expired' }, cacheable),
  );
  fake.script('/cvad/manage/Jobs/gone', (_req, res) => json(res, 404, {}, cacheable));
  fake.script('/cvad/manage/Jobs/broken', (_req, res) => json(res, 500, {}, cacheable));
  fake.script('/cvad/manage/Jobs/hangs-up', (req) => req.socket.destroy());
  fake.script('/cvad/manage/Jobs/silent', () => undefined);
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

it.each([
  ['a proxied read the cloud marks public', 'GET', '/api/cvad/manage/Sites', 200],
  ['a proxied catalog list', 'GET', `/api/catalogservice/${customerId}/${siteId}/catalogs`, 200],
  ['a proxied image page', 'GET', `/api/rackspace/dfw/v2/${tenantId}/images/detail?marker=m1`, 200],
  ['a proxied answer without caching advice', 'GET', '/api/cvad/manage/Sessions/s1', 200],
  ['a proxied search', 'POST', '/api/cvad/manage/Sessions/$search', 200],
  ['the cloud’s 401', 'GET', '/api/cvad/manage/Jobs/expired', 401],
  ['the cloud’s 404', 'GET', '/api/cvad/manage/Jobs/gone', 404],
  ['the cloud’s 500', 'GET', '/api/cvad/manage/Jobs/broken', 500],
  ['an unreachable cloud', 'GET', '/api/cvad/manage/Jobs/hangs-up', 502],
  ['a silent cloud', 'GET', '/api/cvad/manage/Jobs/silent', 504],
  ['the connection', 'GET', '/api/connection', 200],
  ['the signed-in person', 'GET', '/api/me', 200],
  ['the audit trail', 'GET', '/api/audit', 200],
  ['the audit export', 'GET', '/api/audit/export.csv', 200],
  ['the operations', 'GET', '/api/operations', 200],
  ['an unknown operation', 'GET', '/api/operations/no-such-operation', 404],
  ['unusable filters', 'GET', '/api/audit?page=zero', 400],
  ['a wrong method', 'POST', '/api/connection', 405],
  ['a refusal', 'GET', '/api/unknown/thing', 403],
  ['a path look-alike', 'GET', '/api/cvad/manage/Sessions/..;', 400],
])('%s (%s %s) is no-store', async (_what, method, path, status) => {
  const response = await send(consoleServer.url, path, {
    method,
    headers: browserAuth,
    body: method === 'POST' ? '{}' : undefined,
  });
  expect(response.status).toBe(status);
  expect(response.headers['cache-control']).toBe('no-store');
});
