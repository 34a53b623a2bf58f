/**
 * Requests that are not proper HTTP/1.1 get an answer in words with every security header, never
 * Node's bare default answer, and an HTTP/0.9 request line is refused rather than served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProductionServer,
  type ProductionServer,
} from '../../server/production/production-server.ts';
import { securityHeaders } from '../../server/production/security-headers.ts';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import { sharedTestStore } from '../proxy/support/console-server.ts';
import { parseRawAnswer, rawExchange } from './support/raw-http.ts';
import { createSampleDist, type SampleDist } from './support/sample-dist.ts';

let dist: SampleDist;
let simulator: SimulatorHandle;
let production: ProductionServer;
let url: string;

beforeAll(async () => {
  dist = createSampleDist();
  simulator = await startSimulator();
  production = await createProductionServer({
    distDir: dist.dir,
    env: { CONSOLE_MODE: 'simulator', CONSOLE_AUTH: 'none' },
    backend: { simulator, store: await sharedTestStore(), log: () => undefined },
    // Short enough to see a slow client timed out within the test.
    timeouts: { headersMs: 300, requestMs: 600, checkIntervalMs: 100 },
  });
  url = await production.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await production?.close();
  await simulator?.close();
  dist?.remove();
});

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  expect(headers['cache-control']).toBe('no-store');
}

describe('answers to requests that are not proper HTTP/1.1', () => {
  it('a malformed header: 400 in words, with the security headers', async () => {
    const answer = parseRawAnswer(
      await rawExchange(url, 'GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n'),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/not valid HTTP\/1\.1/);
    expectSecurityHeaders(answer.headers);
  });

  it('headers over the size limit: 431 in words, with the security headers', async () => {
    const huge = `X-Padding: ${'a'.repeat(20_000)}\r\n`;
    const answer = parseRawAnswer(
      await rawExchange(url, `GET / HTTP/1.1\r\nHost: localhost\r\n${huge}\r\n`),
    );
    expect(answer.status).toBe(431);
    expect(answer.body).toMatch(/headers are too large/);
    expectSecurityHeaders(answer.headers);
  });

  it('headers that never finish arriving: 408 in words, with the security headers', async () => {
    const answer = parseRawAnswer(await rawExchange(url, 'GET / HTTP/1.1\r\nHost: local'));
    expect(answer.status).toBe(408);
    expect(answer.body).toMatch(/did not arrive in time/);
    expectSecurityHeaders(answer.headers);
  });

  it('an HTTP/0.9 request line (no version) is refused, not served', async () => {
    const answer = parseRawAnswer(await rawExchange(url, 'GET /\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/HTTP\/0\.9 requests are not served/);
    expect(answer.body).not.toContain(dist.indexHtml);
    expectSecurityHeaders(answer.headers);
  });
});
