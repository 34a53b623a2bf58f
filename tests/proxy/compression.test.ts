import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, startConsole, type RunningConsole } from './support/console-server.ts';
import { startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

// A page of sessions is JSON that repeats itself: 100 of them came to 465 KB uncompressed, three
// seconds on a phone's connection before the table could draw.
const sessions = {
  Items: Array.from({ length: 200 }, (_, index) => ({
    Id: `session-${index}`,
    User: { Name: `CORP\\user${index}`, DisplayName: `User ${index}` },
    State: 'Active',
  })),
};
const bigJson = JSON.stringify(sessions);

let fake: FakeCloud;
let consoleServer: RunningConsole;
const browserAuth = { Authorization: 'CwsAuth bearer=browser' };

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
  fake.script('/cvad/manage/Sessions/$search', (_req, res) => {
    // Citrix's $search is a POST with the filters in its body: a read all the same.
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(bigJson);
  });
  fake.script('/cvad/manage/Sessions/streamed', (_req, res) => {
    // No Content-Length: a cloud that streams its answer in chunks.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write(bigJson.slice(0, 1000));
    setTimeout(() => res.end(bigJson.slice(1000)), 10);
  });
  fake.script('/cvad/manage/Sessions/small', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '11' });
    res.end('{"Items":[]}'.slice(0, 11));
  });
  fake.script('/cvad/manage/Sessions/gzipped', (_req, res) => {
    const body = gzipSync(bigJson);
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
      'Content-Length': String(body.length),
    });
    res.end(body);
  });
  fake.script('/cvad/manage/Sessions/picture', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': '4096' });
    res.end(Buffer.alloc(4096));
  });
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A read whose body is kept as the bytes that came (Node's client does not decompress): a POST
 * for a `$search`, as the console sends it, else a GET.
 */
function getRaw(path: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, consoleServer.url);
    const method = path.endsWith('$search') ? 'POST' : 'GET';
    const sent = { ...browserAuth, 'Content-Type': 'application/json', ...headers };
    const req = request(target, { method, headers: sent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{"SearchFilters":[]}' : undefined);
  });
}

describe('answers to the browser are compressed', () => {
  it('with brotli when the browser takes it, the JSON unchanged underneath', async () => {
    const answer = await getRaw('/api/cvad/manage/Sessions/$search', {
      'Accept-Encoding': 'gzip, deflate, br, zstd',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    // The length is the compressed one's, or none (chunked): never the cloud's.
    expect(answer.headers['content-length']).toBeUndefined();
    expect(brotliDecompressSync(answer.body).toString()).toBe(bigJson);
    expect(answer.body.length).toBeLessThan(bigJson.length / 5);
  });

  it('with gzip when that is all it takes (Chromium over plain http), streamed answers too', async () => {
    for (const path of [
      '/api/cvad/manage/Sessions/$search',
      '/api/cvad/manage/Sessions/streamed',
    ]) {
      const answer = await getRaw(path, { 'Accept-Encoding': 'gzip, deflate' });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(answer.body).toString()).toBe(bigJson);
    }
  });

  it('not when the browser asks for none, nor for tiny answers, pictures or what came compressed', async () => {
    const plain = await getRaw('/api/cvad/manage/Sessions/$search', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(bigJson);
    // Still says it varies: a cache must not hand this to a browser that takes brotli.
    expect(plain.headers.vary).toMatch(/accept-encoding/i);

    const small = await getRaw('/api/cvad/manage/Sessions/small', { 'Accept-Encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['content-length']).toBe('11');

    const picture = await getRaw('/api/cvad/manage/Sessions/picture', { 'Accept-Encoding': 'br' });
    expect(picture.headers['content-encoding']).toBeUndefined();
    expect(picture.body.length).toBe(4096);

    // The cloud's own gzip passes on as it came, never compressed twice.
    const gzipped = await getRaw('/api/cvad/manage/Sessions/gzipped', {
      'Accept-Encoding': 'gzip, br',
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(bigJson);
  });
});
