/** The plugin mounts the same backend into `vite` and `vite preview`, and stops what it started. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger, createServer, preview, type InlineConfig, type Logger } from 'vite';
import { connectionStatusSchema, proxyErrorSchema } from '../../contracts/console-api.ts';
import { consoleServer } from '../../server/proxy/vite-plugin.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'console-vite-'));
  const page = '<!doctype html><title>console</title>';
  writeFileSync(join(root, 'index.html'), page);
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), page);
  // These tests are about mounting, not sign-in (tests/proxy/access.test.ts): a local admin and a
  // database in memory, so no test writes to the repository's .data directory.
  writeFileSync(join(root, '.env'), 'CONSOLE_AUTH=none\nCONSOLE_DATA_DIR=memory://\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger('info');
  logger.info = (message) => void lines.push(message);
  return { logger, lines };
}

function inlineConfig(logger: Logger): InlineConfig {
  const server = { host: '127.0.0.1', port: 0 };
  return {
    configFile: false,
    envDir: root,
    root,
    customLogger: logger,
    plugins: [consoleServer()],
    server,
    preview: server,
  };
}

/** Checks the mounted proxy answers, then that closing the server stops the simulator. */
async function expectMountedThenStopped(
  baseUrl: string,
  lines: string[],
  close: () => Promise<void>,
) {
  const status = connectionStatusSchema.parse(
    await (await fetch(`${baseUrl}/api/connection`)).json(),
  );
  expect(status).toMatchObject({ mode: 'simulator', citrix: { state: 'connected' } });
  const refused = await fetch(`${baseUrl}/api/cctrustoauth2/root/tokens/clients`);
  expect(refused.status).toBe(403);
  expect(proxyErrorSchema.parse(await refused.json()).error.code).toBe('forbidden');
  const summary = lines.find((line) => line.startsWith('Console proxy: simulator mode'));
  const simulatorUrl = /\((http:\/\/[^)]+)\)/.exec(summary ?? '')?.[1];
  expect(simulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await close();
  await expect(fetch(`${simulatorUrl}/cvad/manage/me`)).rejects.toThrow();
}

// Each server starts a whole backend (simulator, database): seconds on a busy machine.
const startsABackend = { timeout: 60_000 };

it(
  'vite dev serves /api and closes the embedded simulator with the server',
  startsABackend,
  async () => {
    const { logger, lines } = capturingLogger();
    const server = await createServer(inlineConfig(logger));
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    await expectMountedThenStopped(`http://127.0.0.1:${port}`, lines, () => server.close());
  },
);

it(
  'vite preview serves /api and closes the embedded simulator with the server',
  startsABackend,
  async () => {
    const { logger, lines } = capturingLogger();
    const server = await preview(inlineConfig(logger));
    const { port } = server.httpServer.address() as AddressInfo;
    await expectMountedThenStopped(`http://127.0.0.1:${port}`, lines, () => server.close());
  },
);

it('reads .env.local, and refuses to start with half a provider’s credentials', async () => {
  const envDir = mkdtempSync(join(tmpdir(), 'console-env-'));
  writeFileSync(join(envDir, '.env.local'), 'RACKSPACE_USERNAME=someone\n');
  try {
    const { logger } = capturingLogger();
    const config = { ...inlineConfig(logger), envDir };
    await expect(createServer(config)).rejects.toThrow(/RACKSPACE_API_KEY must be set/);
  } finally {
    rmSync(envDir, { recursive: true, force: true });
  }
});
