/**
 * `npm run serve` as an operator runs it: PORT and HOST from the environment, and SIGTERM/SIGINT
 * let requests in flight finish before the process exits cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProductionServer } from '../../server/production/production-server.ts';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, send } from '../proxy/support/console-server.ts';
import { json, startFakeCloud } from '../proxy/support/fake-cloud.ts';
import { freePort } from '../support/free-port.ts';
import { createSampleDist } from './support/sample-dist.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('close() lets a request in flight finish, then refuses new connections', async () => {
  const dist = createSampleDist();
  cleanups.push(dist.remove);
  const fake = await startFakeCloud();
  cleanups.push(fake.close);
  fake.script('/cvad/manage/Slow', (_req, res) => {
    setTimeout(() => json(res, 200, { finished: true }), 400);
  });
  const production = await createProductionServer({
    distDir: dist.dir,
    env: cloudEnv(),
    backend: { upstreams: simulatorUpstreams(fake.url), log: () => undefined },
  });
  const url = await production.listen(0, '127.0.0.1');

  const inFlight = send(url, '/api/cvad/manage/Slow');
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
  function startServe(
    env: Record<string, string>,
  ): Promise<{ child: ChildProcess; log: string[] }> {
    const child = spawn(resolve(repoRoot, 'node_modules/.bin/tsx'), ['server/serve.ts'], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        CONSOLE_MODE: 'simulator',
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
      const page = await send(`http://127.0.0.1:${port}`, '/sessions');
      expect(page.body).toBe(dist.indexHtml);
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");

      const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(log.join('')).toContain('finishing requests in flight');
    },
  );

  it('refuses to start without a build, saying what to do', async () => {
    const missing = startServe({ CONSOLE_DIST_DIR: '/nonexistent-dist', PORT: '0' });
    await expect(missing).rejects.toThrow(/exited with 1[\s\S]*npm run build/);
  });
});
