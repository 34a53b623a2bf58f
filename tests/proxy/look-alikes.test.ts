/**
 * Paths that mean one thing to the proxy and may mean another to the cloud behind it. Most of
 * them match an allowlisted template as the proxy reads them (`/Sessions/{sessionId}` with the
 * id `..;`), so only a check of the path itself keeps them from being sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, send, startConsole, type RunningConsole } from './support/console-server.ts';
import {
  echoSchema,
  fakeCredentials,
  startFakeCloud,
  type FakeCloud,
} from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;
const browserAuth = { Authorization: 'CwsAuth bearer=browser', 'X-Auth-Token': 'browser' };
const { customerId, siteId, tenantId } = fakeCredentials;

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

const lookAlikes: [method: string, path: string][] = [
  // `;` parameters: Tomcat and Jetty drop them, so `..;` is `..` there.
  ['GET', '/api/cvad/manage/Sessions/..;'],
  ['GET', '/api/cvad/manage/Sessions/%2e%2e;'],
  ['GET', `/api/catalogservice/..;/..;/images`],
  ['GET', '/api/cvad/manage/Sessions/s1;jsessionid=0123ABC'],
  ['GET', '/api/cvad/manage/Sessions/s1%3Bjsessionid=0123ABC'],
  // Dots that become `.` or `..` once Unicode-normalised.
  ['GET', '/api/cvad/manage/Sessions/%EF%BC%8E%EF%BC%8E'],
  ['GET', `/api/rackspace/dfw/v2/${tenantId}/images/%EF%BC%8E`],
  ['GET', '/api/cvad/manage/Sessions/%E2%80%A5'],
  // A "/" that a server decoding before it routes would split on.
  ['GET', '/api/cvad/manage/Sessions/s1%2F$logoff'],
  // Authorised as a log-off, but a URL parser ends the path at `#`: POST /Sessions/s1.
  ['POST', '/api/cvad/manage/Sessions/s1#/$logoff'],
  ['GET', '/api/cvad/manage/Sessions/s1%00.json'],
  // Plain and encoded dot-segments.
  ['GET', '/api/cvad/manage/../../cctrustoauth2/root/tokens/clients'],
  ['GET', '/api/cvad/manage/%2e%2e/%2E%2E/cctrustoauth2/root/tokens/clients'],
  ['GET', '/api/cvad/manage/..%2f..%2fcctrustoauth2%2froot%2ftokens%2fclients'],
  ['GET', '/api/cvad/manage/%252e%252e/%252e%252e/v2.0/tokens'],
  ['GET', '/api/cvad/manage/Sessions/..%5c..%5cv2.0'],
  ['GET', '/api/cvad/manage/./Sessions'],
  ['GET', '/api/catalogservice/..'],
  ['GET', '/api/rackspace/dfw/v2/555/../../../../v2.0/tokens'],
  ['GET', '/api/rackspace/dfw/v2/%2e%2e/servers'],
  ['GET', '/api/cvad/manage/Sessions/%zz'],
];

describe('path look-alikes', () => {
  it.each(lookAlikes)('%s %s is 400, said in words, and never sent', async (method, path) => {
    const before = fake.requests.length;
    const response = await send(consoleServer.url, path, {
      method,
      headers: browserAuth,
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const { error } = proxyErrorSchema.parse(response.json());
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/^Paths that could mean something else .*: segment ".+" .+\.$/);
    expect(fake.requests.length).toBe(before);
  });

  it('are refused as such even when another site sends them', async () => {
    const response = await send(consoleServer.url, '/api/cvad/manage/Sessions/..;', {
      headers: { Origin: 'http://attacker.example' },
    });
    expect(response.status).toBe(400);
  });
});

describe('paths the console really uses', () => {
  it.each([
    ['GET', '/api/cvad/manage/Sessions?$search=a;b..c&fields=Id', '/cvad/manage/Sessions'],
    ['POST', '/api/cvad/manage/Sessions/$search?limit=1', '/cvad/manage/Sessions/$search'],
    ['GET', '/api/cvad/manage/Sessions/CORP%5Cvda%2001', '/cvad/manage/Sessions/CORP%5Cvda%2001'],
    [
      'GET',
      `/api/catalogservice/${customerId}/${siteId}/catalogs/k%C3%BC1/updateStatus`,
      `/catalogservice/${customerId}/${siteId}/catalogs/k%C3%BC1/updateStatus`,
    ],
    [
      'GET',
      `/api/rackspace/dfw/v2/${tenantId}/images/detail?marker=abc.def;1&limit=20`,
      `/rackspace/dfw/v2/${tenantId}/images/detail`,
    ],
  ])('%s %s is still forwarded', async (method, path, upstreamPath) => {
    const response = await send(consoleServer.url, path, {
      method,
      headers: browserAuth,
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(response.status).toBe(200);
    const { url } = echoSchema.parse(response.json());
    expect(url.split('?')[0]).toBe(upstreamPath);
  });
});
