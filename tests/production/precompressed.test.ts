/**
 * The build's brotli files (quality 11, scripts/precompress.ts) are what the production server
 * sends, and only for the content they were made from.
 */
import { get } from 'node:http';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createProductionServer,
  type ProductionServer,
} from '../../server/production/production-server.ts';
import { precompressedFolder } from '../../server/production/precompressed.ts';
import { precompress } from '../../scripts/precompress.ts';
import { send } from '../proxy/support/console-server.ts';
import { createSampleDist, type SampleDist } from './support/sample-dist.ts';

let dist: SampleDist;
let production: ProductionServer | undefined;

beforeEach(() => {
  dist = createSampleDist();
});
afterEach(async () => {
  await production?.close();
  production = undefined;
  dist.remove();
});

async function serve() {
  production = await createProductionServer({
    distDir: dist.dir,
    env: { CONSOLE_MODE: 'simulator', CONSOLE_AUTH: 'none', CONSOLE_DATA_DIR: 'memory://' },
    backend: { log: () => undefined },
  });
  return production.listen(0, '127.0.0.1');
}

const brotliOf = (url: string, path: string) =>
  new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
    get(`${url}${path}`, { headers: { 'Accept-Encoding': 'br' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });

const precompressedFiles = () => readdirSync(join(dist.dir, precompressedFolder));

describe('the build’s brotli files', () => {
  it('are written for the files worth compressing, and sent as they are', async () => {
    // The script is compressible; the page and robots.txt are too small to be, and hidden files
    // are not served.
    expect(precompress(dist.dir)).toBe(1);
    const [scriptBrotli] = precompressedFiles()
      .map((name) => readFileSync(join(dist.dir, precompressedFolder, name)))
      .filter((bytes) => brotliDecompressSync(bytes).toString() === dist.script.body);
    expect(scriptBrotli).toBeDefined();

    const url = await serve();
    const sent = await brotliOf(url, dist.script.path);
    expect(sent.encoding).toBe('br');
    expect(sent.bytes.equals(scriptBrotli!)).toBe(true);
  });

  it('are never served as files themselves', async () => {
    precompress(dist.dir);
    const url = await serve();
    const [name] = precompressedFiles();
    expect((await send(url, `/${precompressedFolder}/${name}`)).status).toBe(404);
  });

  it('do not answer for a file changed since the build', async () => {
    precompress(dist.dir);
    const changed = `${dist.script.body}console.log('changed after the build');\n`;
    writeFileSync(join(dist.dir, dist.script.path), changed);
    const url = await serve();
    const sent = await brotliOf(url, dist.script.path);
    expect(sent.encoding).toBe('br');
    expect(brotliDecompressSync(sent.bytes).toString()).toBe(changed);
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length / 2)],
    [
      'of other content',
      () =>
        brotliCompressSync('other content', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    ],
  ])('are left alone when %s, and the server compresses instead', async (_, damage) => {
    precompress(dist.dir);
    const [name] = precompressedFiles();
    const path = join(dist.dir, precompressedFolder, name!);
    writeFileSync(path, damage(readFileSync(path)));
    const url = await serve();
    const sent = await brotliOf(url, dist.script.path);
    expect(sent.encoding).toBe('br');
    expect(brotliDecompressSync(sent.bytes).toString()).toBe(dist.script.body);
  });
});
