/**
 * The static-file server under a stream of unique URLs, as a scanner or a bot sends them: its
 * memory must not grow with what clients ask for. The handler runs in a process of its own so
 * the figure is that process's resident memory, read from /proc, not the test runner's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSampleDist, type SampleDist } from './support/sample-dist.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const sockets = 16;
// Long paths make each remembered miss cost kilobytes, so a cache keyed by request paths shows
// plainly in a few thousand requests (tens of megabytes), well above the noise of a healthy heap.
const pathLength = 8000;

let dist: SampleDist;
let child: ChildProcess;
let url: string;
const agent = new Agent({ keepAlive: true, maxSockets: sockets });

beforeAll(async () => {
  dist = createSampleDist();
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/production/support/static-server-process.ts', dist.dir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  url = await new Promise((resolveUrl, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolveUrl(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
});
afterAll(() => {
  agent.destroy();
  child.kill('SIGKILL');
  dist.remove();
});

function residentMegabytes(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}

function status(path: string): Promise<number> {
  return new Promise((resolveStatus, reject) => {
    get(`${url}${path}`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolveStatus(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

/**
 * `count` distinct missing paths, half with an extension (404) and half like client routes
 * (index.html), each `pathLength` long; resolves with how many of each kind were answered.
 */
async function requestUniquePaths(label: string, count: number) {
  const answered = { notFound: 0, page: 0 };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const route = `/${label}/${i}/${'x'.repeat(pathLength)}`;
      const code = await status(i % 2 === 0 ? `${route}.js` : route);
      if (code === 404) answered.notFound++;
      if (code === 200) answered.page++;
    }
  };
  await Promise.all(Array.from({ length: sockets }, worker));
  return answered;
}

it(
  'keeps its memory flat under thousands of distinct missing paths',
  { timeout: 60_000 },
  async () => {
    // The warm-up grows the heap to its working size, so what follows measures only what is kept.
    await requestUniquePaths('warm-up', 2000);
    const before = residentMegabytes();
    const answered = await requestUniquePaths('scan', 8000);
    const growth = residentMegabytes() - before;

    expect(answered).toEqual({ notFound: 4000, page: 4000 });
    // Remembering these paths costs about 60 MB; a server that forgets them stays within ±8 MB.
    expect(growth, `resident memory grew by ${growth.toFixed(1)} MB`).toBeLessThan(20);
  },
);
