/**
 * Citrix answers on regional hosts too (seed 001: `$updateImage` on api-us.cloud.com answers 202
 * with a Location on api-us.cloud.com). Over real HTTP against a fake cloud: a Location on any
 * Citrix API host becomes the proxy's path, so the console tracks the rollout it started, while a
 * Location on any other host, look-alikes included, is still dropped.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIdHeader, operationSchema } from '../../contracts/identity-api.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, send, startConsole, type RunningConsole } from './support/console-server.ts';
import { fakeCredentials, json, startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;
const { customerId, siteId } = fakeCredentials;
const catalogPath = `/catalogservice/${customerId}/${siteId}/catalogs/cat-1`;

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
  // Answers 202 with whatever Location the test names in `?to=`, as the catalog service does.
  const accepted = (req: IncomingMessage, res: ServerResponse) => {
    const location = new URL(req.url!, fake.url).searchParams.get('to')!;
    json(res, 202, 'cat-1', { Location: location, 'Citrix-TransactionId': 'txn-rollout' });
  };
  fake.script(`${catalogPath}/$updateImage`, accepted);
  fake.script('/cvad/manage/Jobs/moved', accepted);
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

const statusPath = `${catalogPath}/updateStatus`;

async function rollOut(location: string) {
  const to = encodeURIComponent(location);
  return send(consoleServer.url, `/api${catalogPath}/$updateImage?async=true&to=${to}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'img-2', citrixPrepared: false, vdaUpdateDelay: 60 }),
  });
}

describe('an image rollout accepted on a regional host', () => {
  it('hands the console the status address, and the server follows it', async () => {
    const response = await rollOut(`https://api-us.cloud.com${statusPath}`);
    expect(response.status).toBe(202);
    expect(response.headers.location).toBe(`/api${statusPath}`);
    const operationId = response.headers[operationIdHeader.toLowerCase()];
    expect(typeof operationId).toBe('string');

    const operation = operationSchema.parse(
      (await send(consoleServer.url, `/api/operations/${String(operationId)}`)).json(),
    );
    expect(operation.location).toBe(`/api${statusPath}`);
  });

  it('gives no status address, and starts no operation, for a look-alike host', async () => {
    const response = await rollOut(`https://api-us.cloud.com.evil.example${statusPath}`);
    expect(response.status).toBe(202);
    expect(response.headers.location).toBeUndefined();
    expect(response.headers[operationIdHeader.toLowerCase()]).toBeUndefined();
  });
});

describe('Location on Citrix hosts', () => {
  const browserAuth = { Authorization: 'CwsAuth bearer=browser' };
  const cases: [string, string | undefined][] = [
    ['https://api.cloud.com/cvad/manage/Jobs/j1', '/api/cvad/manage/Jobs/j1'],
    ['https://api-us.cloud.com/cvad/manage/Jobs/j1', '/api/cvad/manage/Jobs/j1'],
    ['https://api-eu.cloud.com/cvad/manage/Jobs/j1?a=1', '/api/cvad/manage/Jobs/j1?a=1'],
    [
      'https://api-ap-s.cloud.com/catalogservice/c/s/catalogs/k',
      '/api/catalogservice/c/s/catalogs/k',
    ],
    [
      'https://api.citrixcloud.jp/catalogservice/c/s/catalogs/k',
      '/api/catalogservice/c/s/catalogs/k',
    ],
    ['https://api-eu.cloud.com.evil.example/cvad/manage/Jobs/j1', undefined],
    ['https://evil-api-eu.cloud.com/cvad/manage/Jobs/j1', undefined],
    ['http://api-eu.cloud.com/cvad/manage/Jobs/j1', undefined],
    ['https://api-eu.cloud.com@evil.example/cvad/manage/Jobs/j1', undefined],
    ['https://admin@api-eu.cloud.com/cvad/manage/Jobs/j1', undefined],
    ['https://api-eu.cloud.com/cctrustoauth2/root/tokens/clients', undefined],
  ];

  it.each(cases)('%s -> %s', async (upstreamLocation, expected) => {
    const to = encodeURIComponent(upstreamLocation);
    const response = await send(consoleServer.url, `/api/cvad/manage/Jobs/moved?to=${to}`, {
      headers: browserAuth,
    });
    expect(response.status).toBe(202);
    expect(response.headers.location).toBe(expected);
  });
});
