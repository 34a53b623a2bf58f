/**
 * "With a minted token, an upstream 401 triggers one fresh mint and one retry for GET requests
 * only": over real HTTP, with a fake cloud that refuses the first token it issued.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, send, startConsole, type RunningConsole } from './support/console-server.ts';
import { fakeCredentials, json, startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;

beforeEach(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
});
afterEach(async () => {
  await consoleServer.close();
  await fake.close();
});

const citrixPath = '/cvad/manage/Sessions';
const rackspacePath = `/rackspace/dfw/v2/${fakeCredentials.tenantId}/images/detail`;

/** Like a cloud that revoked the first token early: 401 for it, 200 for any later one. */
function refuseFirstToken(req: IncomingMessage, res: ServerResponse) {
  const sent = req.headers.authorization ?? req.headers['x-auth-token'] ?? '';
  if (sent.includes(fake.issuedTokens[0]!)) json(res, 401, { detail: 'token revoked' });
  else json(res, 200, { accepted: sent });
}

const alwaysRefuse = (_req: IncomingMessage, res: ServerResponse) =>
  json(res, 401, { detail: 'still refused' });

const upstreamCalls = (path: string) => fake.requests.filter((r) => r.url.startsWith(path));

describe('a read with the server’s token', () => {
  it.each([
    ['Citrix', citrixPath, 'citrix' as const],
    ['Rackspace', rackspacePath, 'rackspace' as const],
  ])('%s: a 401 is answered by one fresh mint and one retry', async (_name, path, provider) => {
    fake.script(path, refuseFirstToken);
    const response = await send(consoleServer.url, `/api${path}`);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ accepted: expect.stringContaining(fake.issuedTokens[1]!) });
    expect(fake.mints[provider]).toBe(2);
    expect(upstreamCalls(path)).toHaveLength(2);
  });

  it('HEAD is retried like GET', async () => {
    fake.script(citrixPath, refuseFirstToken);
    const response = await send(consoleServer.url, `/api${citrixPath}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(upstreamCalls(citrixPath)).toHaveLength(2);
  });

  it('is retried once only: a second 401 reaches the browser with the cloud’s own body', async () => {
    fake.script(citrixPath, alwaysRefuse);
    const response = await send(consoleServer.url, `/api${citrixPath}`);
    expect(response.status).toBe(401);
    expect(response.json()).toEqual({ detail: 'still refused' });
    expect(upstreamCalls(citrixPath)).toHaveLength(2);
    expect(fake.mints.citrix).toBe(2);
  });

  it('concurrent reads refused together share one fresh mint', async () => {
    fake.script(citrixPath, refuseFirstToken);
    await send(consoleServer.url, '/api/cvad/manage/Sites'); // mints the token to be refused
    fake.mintDelayMs = 100;
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => send(consoleServer.url, `/api${citrixPath}`)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(fake.mints.citrix).toBe(2);
  });
});

describe('no retry', () => {
  // PUT, PATCH and DELETE never reach the cloud (routing.test.ts); these are the POSTs it sends.
  it.each([
    ['a search', '/cvad/manage/Sessions/$search'],
    ['an audited write', '/cvad/manage/Sessions/s1/$logoff'],
  ])(
    'for %s (POST): the 401 goes to the browser and the next request mints afresh',
    async (_name, path) => {
      fake.script(path, refuseFirstToken);
      const response = await send(consoleServer.url, `/api${path}`, {
        method: 'POST',
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(upstreamCalls(path)).toHaveLength(1);
      expect(fake.mints.citrix).toBe(1);

      const next = await send(consoleServer.url, `/api${path}`, { method: 'POST', body: '{}' });
      expect(next.status).toBe(200);
      expect(upstreamCalls(path)).toHaveLength(2);
      expect(fake.mints.citrix).toBe(2);
    },
  );

  it('for a GET carrying the browser’s own token, which the proxy cannot renew', async () => {
    fake.script(citrixPath, alwaysRefuse);
    const response = await send(consoleServer.url, `/api${citrixPath}`, {
      headers: { Authorization: 'CwsAuth bearer=browser-token' },
    });
    expect(response.status).toBe(401);
    expect(upstreamCalls(citrixPath)).toHaveLength(1);
    expect(fake.mints.citrix).toBe(0);
  });
});
