/**
 * `npm run serve` as an operator runs it: PORT and HOST from the environment, and SIGTERM/SIGINT
 * let requests in flight finish before the process exits cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProductionServer } from '../../server/production/production-server.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { openStore } from '../../server/store/open-store.ts';
import type { ConsoleStore } from '../../server/store/types.ts';
import { cloudEnv, send } from '../proxy/support/console-server.ts';
import { json, startFakeCloud } from '../proxy/support/fake-cloud.ts';
import { freePort } from '../support/free-port.ts';
import { createSampleDist } from './support/sample-dist.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const cleanups: (() => unknown)[] = [];

// One database on disk for the file, never the repository's .data: creating it takes seconds on
// a busy machine, so it is created once, in a hook, used here by close(), then by each
// `npm run serve` in turn (the embedded database allows one process at a time).
let dataDir: string;
let store: ConsoleStore | null = null;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'daas-console-data-'));
  store = await openStore({ CONSOLE_DATA_DIR: dataDir });
});
async function releaseStore() {
  await store?.close();
  store = null;
}
afterAll(async () => {
  await releaseStore();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('close() lets a request in flight finish, then refuses new connections', async () => {
  const dist = createSampleDist();
  cleanups.push(dist.remove);
  const fake = await startFakeCloud();
  cleanups.push(fake.close);
  fake.script('/cvad/manage/Sessions', (_req, res) => {
    setTimeout(() => json(res, 200, { finished: true }), 400);
  });
  // About shutting down, not sign-in: a local admin.
  const production = await createProductionServer({
    distDir: dist.dir,
    env: cloudEnv({ CONSOLE_AUTH: 'none' }),
    backend: { upstreams: simulatorUpstreams(fake.url), store: store!, log: () => undefined },
  });
  const url = await production.listen(0, '127.0.0.1');

  const inFlight = send(url, '/api/cvad/manage/Sessions');
  await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
  const closed = production.close();
  const answer = await inFlight;
  expect(answer.status).toBe(200);
  expect(answer.json()).toEqual({ finished: true });
  await closed;
  const { port } = new URL(url);
  const refused = new Promise<string>((resolveConnect) => {
    connect(Number(port), '127.0.0.1')
      .once('connect', () => resolveConnect('connected'))
      .once('error', (error: NodeJS.ErrnoException) => resolveConnect(error.code ?? 'error'));
  });
  expect(await refused).toBe('ECONNREFUSED');
});

describe('npm run serve (server/serve.ts)', () => {
  // As an operator runs it: sign-in on, the database on disk (the file's, released to it here).
  beforeAll(releaseStore);
  // A whole process starts (simulator, sign-in, database) inside each test.
  const startsAProcess = { timeout: 60_000 };

  function startServe(
    env: Record<string, string>,
  ): Promise<{ child: ChildProcess; log: string[] }> {
    const child = spawn(resolve(repoRoot, 'node_modules/.bin/tsx'), ['server/serve.ts'], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        CONSOLE_MODE: 'simulator',
        CONSOLE_DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));
    const log: string[] = [];
    return new Promise((resolveStart, reject) => {
      const onOutput = (chunk: Buffer) => {
        log.push(chunk.toString());
        if (log.join('').includes('DaaS Console serving')) resolveStart({ child, log });
      };
      child.stdout!.on('data', onOutput);
      child.stderr!.on('data', onOutput);
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${log.join('')}`)));
    });
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'listens on PORT and HOST, serves the console, and exits 0 on %s',
    startsAProcess,
    async (signal) => {
      const dist = createSampleDist();
      cleanups.push(dist.remove);
      const port = await freePort();
      const { child, log } = await startServe({
        PORT: String(port),
        HOST: '127.0.0.1',
        CONSOLE_DIST_DIR: dist.dir,
      });
      expect(log.join('')).toContain(`http://127.0.0.1:${port}`);
      const base = `http://127.0.0.1:${port}`;
      const page = await send(base, '/sessions');
      expect(page.body).toBe(dist.indexHtml);
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      // Sign-in is on, as for an operator: a browser's page load goes through it first.
      const pageLoad = await send(base, '/sessions', { headers: { Accept: 'text/html' } });
      expect(pageLoad.status).toBe(302);
      expect(pageLoad.headers.location).toBe('/auth/login?returnTo=%2Fsessions');

      const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(log.join('')).toContain('finishing requests in flight');
    },
  );

  it('refuses to start without a build, saying what to do', startsAProcess, async () => {
    const missing = startServe({ CONSOLE_DIST_DIR: '/nonexistent-dist', PORT: '0' });
    await expect(missing).rejects.toThrow(/exited with 1[\s\S]*npm run build/);
  });
});
