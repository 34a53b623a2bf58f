import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../tests/support/free-port.ts';
import { lockFileName } from './data-dir-lock.ts';
import { openStore, StoreError } from './open-store.ts';
import { alice, sampleAuditEntry, sampleOperation } from './testing/sample-records.ts';
import { startupTimeoutMs, startPostgresForFile } from './testing/store-drivers.ts';

const postgres = startPostgresForFile();
const scratch = mkdtempSync(join(tmpdir(), 'console-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const lockHeldBy = (pid: number) => JSON.stringify({ pid, host: hostname() });

/** A process that is alive until killed, to hold a lock as another console would. */
async function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60_000)'], {
    stdio: 'ignore',
  });
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 0;
}

describe('PGlite in a data directory', () => {
  const dataDir = join(scratch, 'nested', 'console');
  const lockFile = join(dataDir, lockFileName);
  const env = { CONSOLE_DATA_DIR: dataDir };

  it(
    'keeps what was stored across a restart, and holds the directory while open',
    async () => {
      const first = await openStore(env);
      const auditId = await first.audit.begin(sampleAuditEntry());
      const operation = await first.operations.create(sampleOperation(auditId));
      const now = new Date('2025-03-01T10:00:00Z');
      await first.sessions.create({
        idHash: 'hash-1',
        actor: alice,
        idToken: null,
        createdAt: now,
        idleExpiresAt: new Date('2025-03-01T11:00:00Z'),
        absoluteExpiresAt: new Date('2025-03-01T18:00:00Z'),
      });
      expect(first.driver).toBe('pglite');
      expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
      await expect(openStore(env)).rejects.toThrow(
        /data directory .* \(CONSOLE_DATA_DIR\) is in use by this same process.*Stop that console, set CONSOLE_DATA_DIR to another directory, or set DATABASE_URL/,
      );
      await first.close();
      expect(existsSync(lockFile)).toBe(false);

      const lines: string[] = [];
      const reopened = await openStore(env, { log: (line) => lines.push(line) });
      try {
        expect(await reopened.audit.get(auditId)).toMatchObject({ operation: 'sessions.logoff' });
        expect(await reopened.operations.get(operation.id)).toEqual(operation);
        expect(await reopened.sessions.findActive('hash-1', now)).toMatchObject({ actor: alice });
        expect(lines.join('\n')).toMatch(/schema up to date/);
      } finally {
        await reopened.close();
      }
    },
    startupTimeoutMs,
  );

  it('refuses a directory another live console holds, naming its pid and what to do', async () => {
    const other = await liveProcess();
    writeFileSync(lockFile, lockHeldBy(other.pid ?? 0));
    try {
      const refusal = openStore(env);
      await expect(refusal).rejects.toThrow(StoreError);
      await expect(refusal).rejects.toThrow(`is in use by process ${other.pid} on ${hostname()}`);
      expect(readFileSync(lockFile, 'utf8')).toBe(lockHeldBy(other.pid ?? 0));
    } finally {
      other.kill();
      rmSync(lockFile, { force: true });
    }
  });

  it(
    'takes over a lock left by a crashed console, even one whose pid is now ours',
    async () => {
      // A restarted container runs the console as pid 1 again: its own pid in a lock it did not
      // write is a leftover, not a second store in this process.
      for (const pid of [await deadPid(), process.pid]) {
        writeFileSync(lockFile, lockHeldBy(pid));

        const store = await openStore(env);
        try {
          expect(readFileSync(lockFile, 'utf8')).toBe(lockHeldBy(process.pid));
        } finally {
          await store.close();
        }
      }
    },
    startupTimeoutMs,
  );

  it('explains a damaged data directory in words, and holds no lock after', async () => {
    const damaged = join(scratch, 'damaged');
    mkdirSync(damaged);
    writeFileSync(join(damaged, 'PG_VERSION'), 'not a version\n');

    await expect(openStore({ CONSOLE_DATA_DIR: damaged })).rejects.toThrow(
      `The console's data directory ${damaged} (CONSOLE_DATA_DIR) could not be opened: the embedded database could not start on it`,
    );
    expect(existsSync(join(damaged, lockFileName))).toBe(false);
  });

  it('explains a data directory that is a file', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');

    await expect(openStore({ CONSOLE_DATA_DIR: file })).rejects.toThrow(
      /could not be opened: it is a file, not a directory\. Move it aside or set CONSOLE_DATA_DIR/,
    );
  });
});

describe('PostgreSQL at DATABASE_URL', () => {
  it('names DATABASE_URL, without its password, when the server cannot be reached', async () => {
    const url = `postgres://console:s3cret-Pa55@127.0.0.1:${await freePort()}/console`;

    const refusal = openStore({ DATABASE_URL: url, CONSOLE_DATA_DIR: 'memory://' });

    await expect(refusal).rejects.toThrow(StoreError);
    const message = await refusal.catch((error: Error) => error.message);
    expect(message).toMatch(
      /^Could not open the console database at DATABASE_URL \(postgres:\/\/console:\*\*\*@127\.0\.0\.1:\d+\/console\): connection refused.*Check DATABASE_URL\.$/,
    );
    expect(message).not.toContain('s3cret-Pa55');
  });

  it('says so when the database named in DATABASE_URL does not exist', async () => {
    const missing = postgres().url.replace(/\/[^/]+$/, `/missing_${randomUUID().slice(0, 8)}`);

    await expect(openStore({ DATABASE_URL: missing })).rejects.toThrow(
      /database "missing_\w+" does not exist\. Check DATABASE_URL\./,
    );
  });

  it('opens on PostgreSQL when several instances start at once, migrating once', async () => {
    const env = { DATABASE_URL: await postgres().createDatabase() };
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);

    const stores = await Promise.all([openStore(env, { log }), openStore(env, { log })]);
    try {
      expect(stores.map((store) => store.driver)).toEqual(['postgres', 'postgres']);
      expect(lines.filter((line) => line.includes('applied migrations'))).toHaveLength(1);
      expect(lines.filter((line) => line.includes('schema up to date'))).toHaveLength(1);
      const id = await stores[0]!.audit.begin(sampleAuditEntry());
      expect((await stores[1]!.audit.get(id))?.id).toBe(id);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
