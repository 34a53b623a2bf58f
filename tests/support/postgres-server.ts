import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.ts';

const run = promisify(execFile);

export interface PostgresServer {
  /** An empty database on the server, reached as the superuser `postgres` (trust on loopback). */
  url: string;
  /** Another empty database on the same server, for a test that needs a clean slate. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL server: initdb in a fresh temporary directory, listening on 127.0.0.1
 * only (its unix socket inside that directory), removed by `stop()`. Missing binaries fail the
 * test: CI installs them, and a store test that silently skips proves nothing.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const binDir = findBinDir();
  const account = serverAccount();
  const baseDir = mkdtempSync(join(tmpdir(), 'console-pg-'));
  if (account) chownSync(baseDir, account.uid, account.gid);
  const dataDir = join(baseDir, 'data');
  const logFile = join(baseDir, 'server.log');
  // A clean environment: PGPORT, PGDATA and friends from a developer's shell must not leak in.
  const options = { ...account, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } };
  const pgCtl = (...args: string[]) =>
    run(join(binDir, 'pg_ctl'), ['-D', dataDir, ...args], options);

  try {
    await run(
      join(binDir, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      options,
    );
    const port = await startOnFreePort(pgCtl, baseDir, logFile);
    const databaseUrl = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
    let databases = 0;
    const createDatabase = async () => {
      databases += 1;
      const name = `store_test_${databases}`;
      const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return databaseUrl(name);
    };
    return {
      url: await createDatabase(),
      createDatabase,
      async stop() {
        await pgCtl('-m', 'fast', '-w', 'stop').catch(() => pgCtl('-m', 'immediate', 'stop'));
        rmSync(baseDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await pgCtl('-m', 'immediate', 'stop').catch(() => {});
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    rmSync(baseDir, { recursive: true, force: true });
    throw new Error(`The test PostgreSQL server did not start.\n${log}`, { cause: error });
  }
}

// Between asking for a free port and binding it another process may take it: try a few.
async function startOnFreePort(
  pgCtl: (...args: string[]) => Promise<unknown>,
  socketDir: string,
  logFile: string,
): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    // fsync off: a crash loses a throwaway database, and the tests run several times faster.
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k '${socketDir}' -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
    try {
      await pgCtl('-l', logFile, '-w', '-t', '60', '-o', serverOptions, 'start');
      return port;
    } catch (error) {
      const busy = existsSync(logFile) && readFileSync(logFile, 'utf8').includes('could not bind');
      if (!busy || attempt >= 3) throw error;
    }
  }
}

function findBinDir(): string {
  const configured = process.env.PG_BIN_DIR;
  if (configured) {
    if (existsSync(join(configured, 'initdb'))) return configured;
    throw new Error(`PG_BIN_DIR is ${configured}, but it holds no initdb.`);
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      'The store tests need a PostgreSQL server, but initdb and pg_ctl were not found under ' +
        '/usr/lib/postgresql/*/bin. Install them (Debian: apt-get install postgresql) or set ' +
        'PG_BIN_DIR to the directory that holds them.',
    );
  }
  return join(root, versions[0], 'bin');
}

/** As root, the server runs as Debian's `postgres` user, since initdb refuses to run as root. */
function serverAccount(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const entry = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((line) => line.startsWith('postgres:'));
  const [, , uid, gid] = entry?.split(':') ?? [];
  if (!uid || !gid) {
    throw new Error(
      'Running as root, the store tests need a "postgres" user to run PostgreSQL as (initdb ' +
        "refuses root). Install Debian's postgresql package, which creates it, or run as another user.",
    );
  }
  return { uid: Number(uid), gid: Number(gid) };
}
