import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.ts';

export interface RunningConsole {
  url: string;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const cloudVariables = /^(CITRIX|RACKSPACE)_/;

/**
 * Serves the built console exactly as a user would with `vite preview`: a child process running
 * the proxy and the embedded simulator. Cloud credentials are stripped from its environment so
 * the tests always run against the simulator, whatever the developer's shell or .env.local holds
 * (`CONSOLE_MODE=simulator` wins over credentials found in .env.local).
 */
export async function serveBuiltConsole(
  extraEnv: Record<string, string> = {},
): Promise<RunningConsole> {
  // CONSOLE_DIST_DIR lets several builds live side by side (e.g. one per developer task).
  const distDir = process.env.CONSOLE_DIST_DIR ?? 'dist';
  if (!existsSync(resolve(repoRoot, distDir, 'index.html'))) {
    throw new Error(`${distDir}/ is missing: run \`npm run build\` before the end-to-end tests.`);
  }
  const port = await freePort();
  // A fresh embedded database per run: sessions, audit records and operations start empty.
  const dataDir = mkdtempSync(join(tmpdir(), 'daas-console-data-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !cloudVariables.test(name)),
  );
  const child = spawn(
    process.execPath,
    [
      resolve(repoRoot, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      distDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: repoRoot,
      env: {
        ...env,
        CONSOLE_MODE: 'simulator',
        CONSOLE_DATA_DIR: dataDir,
        CONSOLE_FOLLOW_INTERVAL_MS: '1000',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(`${url}/api/connection`, child);
  } catch (error) {
    await stop();
    throw new Error(`The console did not start:\n${output.join('')}`, { cause: error });
  }
  return { url, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      // 401: up and asking for sign-in, as it should without a session.
      const response = await fetch(url);
      if (response.ok || response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    // The whole process group: vite may have children of its own.
    process.kill(-child.pid!, 'SIGTERM');
  });
}
