/**
 * DNS rebinding, tried as an attacker on the same network would: a page on the attacker's domain
 * whose name now points at the console sends `Host: attacker.example` and a matching `Origin`.
 * The production server answers only the hosts it is meant to serve, before doing anything else,
 * and the API's origin guard compares the whole origin with PUBLIC_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProductionServer,
  type ProductionServer,
} from '../../server/production/production-server.ts';
import { securityHeaders } from '../../server/production/security-headers.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, send, sharedTestStore } from '../proxy/support/console-server.ts';
import { startFakeCloud, type FakeCloud } from '../proxy/support/fake-cloud.ts';
import { parseRawAnswer, rawExchange } from './support/raw-http.ts';
import { createSampleDist, type SampleDist } from './support/sample-dist.ts';

let dist: SampleDist;
let fake: FakeCloud;
let production: ProductionServer;
let url: string;

beforeAll(async () => {
  dist = createSampleDist();
  fake = await startFakeCloud();
  production = await createProductionServer({
    distDir: dist.dir,
    // Sign-in off is the worst case: whoever gets through acts as an administrator.
    env: cloudEnv({
      CONSOLE_AUTH: 'none',
      PUBLIC_URL: 'https://console.example.com',
      CONSOLE_ALLOWED_HOSTS: 'console.internal',
    }),
    backend: {
      upstreams: simulatorUpstreams(fake.url),
      store: await sharedTestStore(),
      log: () => undefined,
    },
  });
  url = await production.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await production?.close();
  await fake?.close();
  dist?.remove();
});

const logoff = '/api/cvad/manage/Sessions/rebound/$logoff?async=true';
const upstreamCalls = () => fake.requests.filter((r) => !r.url.includes('/token')).length;
const logoffsForwarded = () => fake.requests.filter((r) => r.url.includes('/$logoff')).length;

describe('hosts', () => {
  it.each([
    ['GET', '/api/cvad/manage/Sessions'],
    ['POST', logoff],
    ['GET', '/'],
    ['GET', '/assets/index-Ab12Cd34.js'],
  ])(
    'refuses %s %s for a rebound name with 421, in words, before anything else',
    async (method, path) => {
      const before = upstreamCalls();
      const answer = await send(url, path, {
        method,
        headers: { Host: 'attacker.example:8080', Origin: 'http://attacker.example:8080' },
      });
      expect(answer.status).toBe(421);
      expect(answer.body).toMatch(/does not answer for "attacker\.example"/);
      expect(answer.headers['content-security-policy']).toBe(
        securityHeaders['Content-Security-Policy'],
      );
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(upstreamCalls()).toBe(before);
    },
  );

  it.each(['console.example.com', 'console.internal:8080', 'localhost:8080', '10.0.0.7:8080'])(
    'serves Host: %s',
    async (host) => {
      const answer = await send(url, '/api/cvad/manage/Sessions', { headers: { Host: host } });
      expect(answer.status).toBe(200);
    },
  );

  it('refuses a request without a Host header', async () => {
    const answer = parseRawAnswer(await rawExchange(url, 'GET / HTTP/1.0\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/no Host header/);
  });
});

describe('origin guard', () => {
  const write = (origin: string, headers: Record<string, string> = {}) =>
    send(url, logoff, {
      method: 'POST',
      headers: { Host: 'console.example.com', Origin: origin, ...headers },
    });

  it.each([
    ['another scheme', 'http://console.example.com'],
    ['another port', 'https://console.example.com:8443'],
    ['another host', 'https://attacker.example'],
  ])('refuses a write whose Origin has %s than PUBLIC_URL', async (_what, origin) => {
    const before = upstreamCalls();
    const answer = await write(origin);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatch(/another site/);
    expect(upstreamCalls()).toBe(before);
  });

  it('no longer takes X-Forwarded-Host as the page origin', async () => {
    const before = upstreamCalls();
    const answer = await send(url, logoff, {
      method: 'POST',
      headers: {
        Host: 'localhost:8080',
        Origin: 'http://attacker.example',
        'X-Forwarded-Host': 'attacker.example',
      },
    });
    expect(answer.status).toBe(403);
    expect(upstreamCalls()).toBe(before);
  });

  it('forwards a write from PUBLIC_URL’s own pages', async () => {
    const before = logoffsForwarded();
    const answer = await write('https://console.example.com');
    expect(answer.status).toBeLessThan(300);
    expect(logoffsForwarded()).toBe(before + 1);
  });
});

describe('paths', () => {
  it.each([
    '/assets/..;/index.html',
    '/%2e%2e;/etc/passwd',
    '/%EF%BC%8E%EF%BC%8E/index.html',
    '/sessions;jsessionid=1',
  ])('refuses the look-alike %s outside /api with 400 in words', async (path) => {
    const answer = await send(url, path);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/This address is not served: its segment/);
    expect(answer.headers['content-security-policy']).toBeDefined();
  });
});
