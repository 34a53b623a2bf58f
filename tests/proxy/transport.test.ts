import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { freePort } from '../support/free-port.ts';
import { cloudEnv, send, startConsole, type RunningConsole } from './support/console-server.ts';
import { echoSchema, startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;
const browserAuth = { Authorization: 'CwsAuth bearer=browser', 'X-Auth-Token': 'browser' };

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv({ CONSOLE_UPSTREAM_TIMEOUT_MS: '300' }), {
    upstreams: simulatorUpstreams(fake.url),
  });
  fake.script('/cvad/manage/Jobs/moved', (req, res) => {
    const location = new URL(req.url!, fake.url).searchParams.get('to')!;
    res.writeHead(202, { Location: location, 'Content-Length': '0' });
    res.end();
  });
  fake.script('/cvad/manage/Jobs/slow', () => {
    // Never answers.
  });
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

function expectProblem(
  response: { status: number; json(): unknown },
  status: number,
  code: string,
) {
  expect(response.status).toBe(status);
  expect(proxyErrorSchema.parse(response.json()).error.code).toBe(code);
}

describe('headers', () => {
  it('forwards only allowlisted request headers: no cookies, hop-by-hop, Origin or Referer', async () => {
    const response = await send(consoleServer.url, '/api/cvad/manage/Sessions', {
      headers: {
        ...browserAuth,
        Cookie: 'console-session=1',
        Origin: 'http://attacker.example',
        Referer: 'http://attacker.example/page',
        Host: 'attacker.example',
        'Keep-Alive': 'timeout=5',
        TE: 'trailers',
        'Proxy-Authorization': 'Basic cHJveHk6c2VjcmV0',
        'X-Forwarded-For': '10.0.0.1',
        'X-Custom': 'anything',
        'Citrix-TransactionId': 'txn-browser',
        'Citrix-Locale': 'en-US',
        Accept: 'application/json',
      },
    });
    const { headers } = echoSchema.parse(response.json());
    expect(Object.keys(headers).sort()).toEqual(
      [
        'accept',
        'authorization',
        'citrix-locale',
        'citrix-transactionid',
        'connection',
        'host',
      ].sort(),
    );
    expect(headers.host).toBe(new URL(fake.url).host);
    // A Citrix request never carries the browser's Rackspace token (and vice versa).
    expect(headers['x-auth-token']).toBeUndefined();
  });

  it('returns only allowlisted response headers: never Set-Cookie', async () => {
    const response = await send(consoleServer.url, '/api/cvad/manage/Sessions', {
      headers: browserAuth,
    });
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['x-internal-debug']).toBeUndefined();
    expect(response.headers['citrix-transactionid']).toBe('txn-1');
    expect(response.headers['content-type']).toBe('application/json');
  });
});

describe('Location rewriting', () => {
  const cases: [string, (upstream: string) => string, string | undefined][] = [
    ['absolute cvad', (up) => `${up}/cvad/manage/Jobs/j1`, '/api/cvad/manage/Jobs/j1'],
    ['root-relative', () => '/cvad/manage/Jobs/j2?wait=1', '/api/cvad/manage/Jobs/j2?wait=1'],
    ['path-relative', () => 'j3', '/api/cvad/manage/Jobs/j3'],
    [
      'catalog service',
      (up) => `${up}/catalogservice/c/s/catalogs/k/status`,
      '/api/catalogservice/c/s/catalogs/k/status',
    ],
    [
      'rackspace compute',
      (up) => `${up}/rackspace/ord/v2/555/servers/s1`,
      '/api/rackspace/ord/v2/555/servers/s1',
    ],
    ['unknown host', () => 'https://evil.example/cvad/manage/Jobs/j1', undefined],
    ['token endpoint', (up) => `${up}/cctrustoauth2/root/tokens/clients`, undefined],
    ['escaping dot segments', (up) => `${up}/cvad/manage/../../v2.0/tokens`, undefined],
  ];

  it.each(cases)('%s', async (_name, upstreamLocation, expected) => {
    const to = encodeURIComponent(upstreamLocation(fake.url));
    const response = await send(consoleServer.url, `/api/cvad/manage/Jobs/moved?to=${to}`, {
      headers: browserAuth,
    });
    expect(response.status).toBe(202);
    expect(response.headers.location).toBe(expected);
  });
});

describe('failures', () => {
  it('answers 502 upstream_unreachable JSON when the upstream is down', async () => {
    const deadUpstream = simulatorUpstreams(`http://127.0.0.1:${await freePort()}`);
    const isolated = await startConsole(cloudEnv(), { upstreams: deadUpstream });
    try {
      const forwarded = await send(isolated.url, '/api/cvad/manage/Sessions', {
        headers: browserAuth,
      });
      expectProblem(forwarded, 502, 'upstream_unreachable');
      const minting = await send(isolated.url, '/api/rackspace/dfw/v2/1/images');
      expectProblem(minting, 502, 'upstream_unreachable');
    } finally {
      await isolated.close();
    }
  });

  it('answers 504 upstream_timeout when the upstream stays silent', async () => {
    const response = await send(consoleServer.url, '/api/cvad/manage/Jobs/slow', {
      headers: browserAuth,
    });
    expectProblem(response, 504, 'upstream_timeout');
  });

  it('refuses bodies over 1 MiB with 413, declared or chunked, before any upstream sees them', async () => {
    const before = fake.requests.length;
    const tooBig = Buffer.alloc(1024 * 1024 + 1, 'a');
    const declared = await send(consoleServer.url, '/api/cvad/manage/Sessions/$search', {
      method: 'POST',
      headers: browserAuth,
      body: tooBig,
    });
    expectProblem(declared, 413, 'payload_too_large');
    const chunked = await send(consoleServer.url, '/api/cvad/manage/Sessions/$search', {
      method: 'POST',
      headers: { ...browserAuth, 'Transfer-Encoding': 'chunked' },
      body: tooBig,
    });
    expectProblem(chunked, 413, 'payload_too_large');
    expect(fake.requests.length).toBe(before);

    const atLimit = await send(consoleServer.url, '/api/cvad/manage/Sessions/$search', {
      method: 'POST',
      headers: browserAuth,
      body: Buffer.alloc(1024 * 1024, 'a'),
    });
    expect(echoSchema.parse(atLimit.json()).body).toHaveLength(1024 * 1024);
  });
});

it('streams the upstream answer instead of buffering it', async () => {
  let release: () => void = () => undefined;
  fake.script('/cvad/manage/Sessions/streamed', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('first;');
    // The rest only comes once the browser has seen the first part.
    release = () => res.end('second');
  });
  const received = await new Promise<string>((resolve, reject) => {
    const url = `${consoleServer.url}/api/cvad/manage/Sessions/streamed`;
    get(url, { headers: browserAuth }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (text === 'first;') release();
      });
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
  expect(received).toBe('first;second');
});
