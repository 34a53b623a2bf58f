/**
 * The production server over real HTTP: caching per kind of file, the SPA fallback (never for
 * /api or missing files), compression, and the security headers on every kind of response.
 * Sign-in is off (a local admin) and the database in memory: these tests are about serving;
 * tests/proxy/access.test.ts covers sign-in.
 */
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import {
  createProductionServer,
  type ProductionServer,
} from '../../server/production/production-server.ts';
import { colorSchemeScriptHash } from '../../server/production/color-scheme-script.ts';
import { securityHeaders } from '../../server/production/security-headers.ts';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import { send } from '../proxy/support/console-server.ts';
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
    env: { CONSOLE_MODE: 'simulator', CONSOLE_AUTH: 'none', CONSOLE_DATA_DIR: 'memory://' },
    backend: { simulator, log: () => undefined },
  });
  url = await production.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await production.close();
  await simulator.close();
  dist.remove();
});

describe('static files', () => {
  it('caches hashed assets for a year, never stores the page, and revalidates the rest', async () => {
    const asset = await send(url, dist.script.path);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe(dist.script.body);

    const index = await send(url, '/');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    // After sign-out, Back must not bring a page of data back from a cache.
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.body).toBe(dist.indexHtml);
    expect((await send(url, '/sessions/abc')).headers['cache-control']).toBe('no-store');
    expect((await send(url, '/robots.txt')).headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation with 304 when a file is unchanged', async () => {
    const first = await send(url, '/robots.txt');
    const etag = String(first.headers.etag);
    const again = await send(url, '/robots.txt', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('serves index.html for client routes, deep links included', async () => {
    // A person's page names their account, and account names have dots in them.
    const paths = [
      '/images',
      '/sessions/abc?user=jdoe',
      '/users/aisha.rossi',
      '/users/a.b.c%40x.io',
    ];
    for (const path of [...paths, '/catalogs/x/rollouts/new']) {
      const response = await send(url, path);
      expect(response.status, path).toBe(200);
      expect(response.body, path).toBe(dist.indexHtml);
    }
  });

  it('answers 404, not HTML, for a missing file', async () => {
    for (const path of ['/assets/index-OLD.js', '/favicon.ico']) {
      const response = await send(url, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('<div id="root">');
    }
  });

  it('answers what it does not serve under /api with 403 JSON in words, never HTML', async () => {
    for (const path of ['/api/nope', '/api']) {
      const response = await send(url, path);
      expect(response.status, path).toBe(403);
      expect(response.headers['content-type'], path).toMatch(/application\/json/);
      const { error } = proxyErrorSchema.parse(response.json());
      expect(error, path).toMatchObject({
        code: 'forbidden',
        message: expect.stringContaining(`Nothing is served at ${path}`),
      });
    }
  });

  it('never serves files outside dist', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fetc/passwd',
    ]) {
      const response = await send(url, path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toMatch(/"name"|root:/);
    }
  });

  it('answers 404 for dotfiles and dot-directories at any depth, though they are in dist', async () => {
    const spellings = dist.hidden.flatMap(({ path }) => [path, path.replace('/.', '/%2e')]);
    for (const path of [...spellings, '/.vite', '/.vite/']) {
      const response = await send(url, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toBe('Not found.');
    }
    // Through a dot-segment the path is refused before any file is looked up.
    for (const { path } of dist.hidden) {
      const response = await send(url, `/assets/..${path}`);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toMatch(/not served/);
    }
  });

  it('refuses other methods than GET and HEAD with 405', async () => {
    const response = await send(url, '/images', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('compresses text with brotli or gzip, as the browser accepts', async () => {
    const raw = (encoding: string) =>
      new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
        const headers = { 'Accept-Encoding': encoding };
        get(`${url}${dist.script.path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const br = await raw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(dist.script.body);
    expect(br.bytes.length).toBeLessThan(dist.script.body.length / 4);

    const gzip = await raw('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.bytes).toString()).toBe(dist.script.body);
  });
});

describe('security headers', () => {
  it('are on pages, assets, 404s and proxied API answers alike', async () => {
    for (const path of [
      '/',
      '/sessions',
      dist.script.path,
      '/assets/missing.js',
      '/api/connection',
      '/api/nope',
    ]) {
      const response = await send(url, path);
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(response.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      }
    }
  });

  it('allow no inline script but the colour-scheme one, by its hash, and no framing', () => {
    const csp = securityHeaders['Content-Security-Policy']!;
    const directive = (name: string) =>
      csp
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith(`${name} `));
    expect(directive('script-src')).toBe(`script-src 'self' ${colorSchemeScriptHash}`);
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
  });

  it('reach the proxy: the simulator answers through the same server', async () => {
    const response = await send(url, '/api/connection');
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ mode: 'simulator' });
  });
});
