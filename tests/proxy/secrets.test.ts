/**
 * "Secrets never reach the browser": a sweep of requests of every kind (proxied, minted, audited
 * writes and the audit trail, refused, failed, connection checks), with every response's headers
 * and body searched for the client secret, the API key, the password and each token the proxy
 * minted. Logs too.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import {
  send,
  startConsole,
  type RawResponse,
  type RunningConsole,
} from './support/console-server.ts';

const mintedTokens: string[] = [];
let simulator: SimulatorHandle;
let consoleServer: RunningConsole;

// Moved on to expire the proxy's cached token without waiting for it in real time.
let clockAheadMs = 0;

beforeAll(async () => {
  // The proxy mints through the global fetch: record every token it receives.
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init);
    if (/\/tokens(\/clients)?$/.test(String(input))) {
      const body = (await response.clone().json()) as {
        access_token?: string;
        access?: { token?: { id?: string } };
      };
      for (const token of [body.access_token, body.access?.token?.id]) {
        if (token) mintedTokens.push(token);
      }
    }
    return response;
  });
  simulator = await startSimulator({ config: { citrixTokenTtlSeconds: 1 } });
  consoleServer = await startConsole(
    { CONSOLE_LOG: '1' },
    { simulator, now: () => Date.now() + clockAheadMs },
  );
});
afterAll(async () => {
  vi.restoreAllMocks();
  await consoleServer.close();
  await simulator.close();
});

it('no response and no log line carries a secret or a minted token', async () => {
  const { citrix, rackspace } = simulator.credentials;
  const tenant = rackspace.tenantId;
  const badBrowserToken = { Authorization: 'CwsAuth bearer=forged', 'Citrix-CustomerId': 'x' };
  const sweep: [string, string, string?, Record<string, string>?][] = [
    ['GET', '/api/connection'],
    ['POST', '/api/connection/test'],
    ['GET', '/api/cvad/manage/me'],
    ['GET', '/api/cvad/manage/Sites'],
    ['GET', '/api/cvad/manage/Sessions/no-such-session'],
    ['POST', '/api/cvad/manage/Sessions/no-such-session/$logoff', '{}'],
    ['GET', '/api/audit'],
    ['GET', `/api/catalogservice/${citrix.customerId}/sites`],
    ['GET', `/api/rackspace/dfw/v2/${tenant}/images`],
    ['GET', `/api/rackspace/ord/v2/${tenant}/images/no-such-image`],
    ['GET', '/api/rackspace/syd/v2/000000/images'],
    ['DELETE', `/api/rackspace/dfw/v2/${tenant}/images/no-such-image`],
    ['POST', '/api/cctrustoauth2/root/tokens/clients', `client_id=${citrix.clientId}`],
    ['POST', '/api/v2.0/tokens', '{}'],
    ['GET', '/api/cvad/manage/../../cctrustoauth2/root/tokens/clients'],
    ['TRACE', '/api/cvad/manage/me'],
    ['PUT', '/api/connection', '{}'],
    ['GET', '/api/cvad/manage/me', undefined, badBrowserToken],
    ['POST', '/api/connection/test'],
  ];
  const responses: RawResponse[] = [];
  for (const [method, path, body, headers] of sweep) {
    responses.push(await send(consoleServer.url, path, { method, body, headers }));
  }
  // Once the 1 s Citrix token is past half its life, the next request mints again.
  clockAheadMs += 600;
  responses.push(await send(consoleServer.url, '/api/cvad/manage/Sites'));

  const wrongCredentials = await startConsole(
    {
      CITRIX_CUSTOMER_ID: citrix.customerId,
      CITRIX_CLIENT_ID: citrix.clientId,
      CITRIX_CLIENT_SECRET: 'wrong-secret-4711',
    },
    { upstreams: simulatorUpstreams(simulator.url) },
  );
  try {
    responses.push(await send(wrongCredentials.url, '/api/connection'));
    responses.push(await send(wrongCredentials.url, '/api/cvad/manage/Sites'));
  } finally {
    await wrongCredentials.close();
  }

  expect(mintedTokens.length).toBeGreaterThanOrEqual(4);
  const secrets = [
    citrix.clientSecret,
    rackspace.apiKey,
    rackspace.password,
    'wrong-secret-4711',
    ...mintedTokens,
  ];
  const seen = responses.map((response) => `${JSON.stringify(response.headers)}\n${response.body}`);
  for (const secret of secrets) {
    for (const text of [...seen, ...consoleServer.logLines]) expect(text).not.toContain(secret);
  }
  // The sweep did reach the clouds and the refusals: it is not vacuous.
  expect(responses.map((response) => response.status)).toEqual(
    expect.arrayContaining([200, 401, 403, 404, 405, 502]),
  );
  expect(consoleServer.logLines).toHaveLength(sweep.length + 1);
});
