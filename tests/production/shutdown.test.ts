/**
 * `npm run serve` as an operator runs it: PORT and HOST from the environment, and SIGTERM/SIGINT
 * let requests in flight finish before the process exits cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProductionServer } from '../../server/production/production-server.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { openStore } from '../../server/store/open-store.ts';
import type { ConsoleStore } from '../../server/store/types.ts';
import { cloudEnv, send } from '../proxy/support/console-server.ts';
import { json, startFakeCloud } from '../proxy/support/fake-cloud.ts';
import { freePort } from '../support/free-port.ts';
import { startKeepAliveClient } from './support/keep-alive-client.ts';
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
  expect(await connectOutcome(Number(new URL(url).port))).toBe('ECONNREFUSED');
});

function connectOutcome(port: number): Promise<string> {
  return new Promise<string>((resolveConnect) => {
    const socket = connect(port, '127.0.0.1')
      .once('connect', () => {
        socket.destroy();
        resolveConnect('connected');
      })
      .once('error', (error: NodeJS.ErrnoException) => resolveConnect(error.code ?? 'error'));
  });
}

it('close() under keep-alive clients: answers say Connection: close, nothing is cut, it ends early', async () => {
  const dist = createSampleDist();
  cleanups.push(dist.remove);
  const fake = await startFakeCloud();
  cleanups.push(fake.close);
  fake.script('/cvad/manage/Sessions', (_req, res) => {
    setTimeout(() => json(res, 200, { ok: true }), 40);
  });
  const production = await createProductionServer({
    distDir: dist.dir,
    env: cloudEnv({ CONSOLE_AUTH: 'none' }),
    backend: { upstreams: simulatorUpstreams(fake.url), store: store!, log: () => undefined },
  });
  const url = await production.listen(0, '127.0.0.1');

  // A reverse proxy's pool: ten connections, each reused for request after request.
  const clients = Array.from({ length: 10 }, () =>
    startKeepAliveClient(url, '/api/cvad/manage/Sessions'),
  );
  await vi.waitFor(() => expect(clients.every((c) => c.log.answers.length >= 3)).toBe(true), {
    timeout: 10_000,
  });
  const started = performance.now();
  const inTime = await production.close(5_000);
  const took = performance.now() - started;
  const logs = await Promise.all(clients.map((client) => client.done));

  expect(inTime).toBe(true);
  expect(took).toBeLessThan(2_000);
  for (const log of logs) {
    expect(log.answers.length).toBeGreaterThan(1);
    expect(log.answers.every((answer) => answer.status === 200)).toBe(true);
    // The client stopped only because the server no longer listens, never because it was cut,
    // and its last answer told it not to reuse the connection.
    expect(log.ended).toBe('ECONNREFUSED');
    expect(log.answers.at(-1)!.connection).toBe('close');
  }
});

describe('npm run serve (server/serve.ts)', () => {
  // As an operator runs it: sign-in on, the database on disk (the file's, released to it here).
  beforeAll(releaseStore);
  // A whole process starts (simulator, sign-in, database) inside each test.
  const startsAProcess = { timeout: 60_000 };

  // What README tells a Dockerfile's CMD to run: node itself, so the signal reaches the server.
  const containerCommand = ['node', '--import', 'tsx', 'server/serve.ts'];

  function startServe(
    env: Record<string, string>,
    [command, ...args]: string[] = containerCommand,
  ): Promise<{ child: ChildProcess; log: string[] }> {
    const child = spawn(command!, args, {
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
        // The line that says where it listens, not the start-up hint that quotes its wording.
        if (/DaaS Console serving \S+ at http:\/\//.test(log.join('')))
          resolveStart({ child, log });
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

  it(
    'run through npm (`npm run serve`), SIGTERM to npm stops the server too: nothing is left running',
    startsAProcess,
    async () => {
      const dist = createSampleDist();
      cleanups.push(dist.remove);
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const { child, log } = await startServe(
        { PORT: String(port), HOST: '127.0.0.1', CONSOLE_DIST_DIR: dist.dir },
        ['npm', 'run', 'serve'],
      );
      expect((await send(base, '/robots.txt')).status).toBe(200);

      const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(log.join('')).toContain('finishing requests in flight');
      expect(await connectOutcome(port)).toBe('ECONNREFUSED');
    },
  );

  it('refuses to start without a build, saying what to do', startsAProcess, async () => {
    const missing = startServe({ CONSOLE_DIST_DIR: '/nonexistent-dist', PORT: '0' });
    await expect(missing).rejects.toThrow(/exited with 1[\s\S]*npm run build/);
  });
});
