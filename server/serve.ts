/**
 * `npm run serve`: the built console (dist/) with the same proxy as `npm start`, for production.
 * In a container run `node --import tsx server/serve.ts` as the command itself (not through npm
 * or a shell), so SIGTERM reaches this process; `npm run serve` execs the same.
 * Settings come from the environment, then `.env.local` and `.env` (the environment wins), as in
 * development. PORT (default 8080) and HOST (default 127.0.0.1; 0.0.0.0 in a container).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './proxy/config.ts';
import { StoreError } from './store/open-store.ts';
import { createProductionServer } from './production/production-server.ts';

const repoRoot = resolve(import.meta.dirname, '..');
// loadEnvFile never overwrites a variable that is already set, so earlier files win.
for (const file of ['.env.local', '.env']) {
  const path = resolve(repoRoot, file);
  if (existsSync(path)) process.loadEnvFile(path);
}

const distDir = resolve(repoRoot, process.env.CONSOLE_DIST_DIR ?? 'dist');
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`${distDir} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

try {
  const running = await createProductionServer({ distDir, env: process.env });
  const url = await running.listen(port, host);
  console.info(running.backend.describe());
  for (const line of running.backend.describeSignIn()) console.info(line);
  console.info(running.describeHosts());
  console.info(`DaaS Console serving ${distDir} at ${url}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now".
    if (stopping) process.exit(1);
    stopping = true;
    console.info(`${signal}: finishing requests in flight, then stopping.`);
    // 8 s: inside Docker's default 10 s stop timeout (Kubernetes allows 30 s), so the process
    // ends on its own, not by SIGKILL.
    void running.close(8_000).then((inTime) => {
      if (!inTime) console.error('Requests still running after 8 s were cut.');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError || error instanceof StoreError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
