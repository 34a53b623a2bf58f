/**
 * Opens the console's store from its settings: a PostgreSQL server when DATABASE_URL is set (for
 * several console instances), else PGlite in CONSOLE_DATA_DIR (one instance, nothing to install).
 */
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAuditRepository } from './audit.ts';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';
import { openPGliteDatabase, openPostgresDatabase, type Database } from './database.ts';
import { migrate } from './migrate.ts';
import { createOperationRepository } from './operations.ts';
import { createPlanRepository } from './plans.ts';
import { createSessionRepository } from './sessions.ts';
import { createSignInRepository } from './sign-ins.ts';
import { createSignOutRepository } from './sign-outs.ts';
import { describeFailure, redactDatabaseUrl } from './store-failure.ts';
import type { ConsoleStore } from './types.ts';

export const defaultDataDir = '.data/console';

/** The store could not be opened; the message says why and which setting to check. */
export class StoreError extends Error {
  override name = 'StoreError';
}

export interface OpenStoreOptions {
  log?(line: string): void;
}

export async function openStore(
  env: Record<string, string | undefined>,
  options: OpenStoreOptions = {},
): Promise<ConsoleStore> {
  const log = options.log ?? (() => {});
  const url = env.DATABASE_URL?.trim();
  return url
    ? openPostgresStore(url, log)
    : openPGliteStore(env.CONSOLE_DATA_DIR?.trim() || defaultDataDir, log);
}

/** The repositories over an open, migrated database; closing the store closes the database. */
export function createConsoleStore(database: Database): ConsoleStore {
  return {
    driver: database.driver,
    sessions: createSessionRepository(database),
    signIns: createSignInRepository(database),
    signOuts: createSignOutRepository(database),
    audit: createAuditRepository(database),
    operations: createOperationRepository(database),
    plans: createPlanRepository(database),
    close: () => database.close(),
  };
}

async function openPostgresStore(url: string, log: (line: string) => void): Promise<ConsoleStore> {
  const where = `DATABASE_URL (${redactDatabaseUrl(url)})`;
  let database: Database | null = null;
  try {
    database = openPostgresDatabase(url, { log });
    const applied = await migrate(database);
    log(`[console-store] PostgreSQL at ${where}; ${schemaNews(applied)}`);
    return createConsoleStore(database);
  } catch (error) {
    await database?.close().catch(() => {});
    throw new StoreError(
      `Could not open the console database at ${where}: ${describeFailure(error, url)}. Check DATABASE_URL.`,
      { cause: error },
    );
  }
}

async function openPGliteStore(
  dataDir: string,
  log: (line: string) => void,
): Promise<ConsoleStore> {
  if (dataDir === 'memory://') {
    try {
      const database = await openPGliteDatabase(dataDir);
      await migrate(database);
      log('[console-store] PGlite in memory: nothing is kept after the console stops');
      return createConsoleStore(database);
    } catch (error) {
      throw new StoreError(
        `The console's in-memory database (CONSOLE_DATA_DIR=memory://) could not start: ${describeFailure(error)}.`,
        { cause: error },
      );
    }
  }
  const where = `The console's data directory ${dataDir} (CONSOLE_DATA_DIR)`;
  const directory = resolve(dataDir);
  let releaseLock: (() => void) | null = null;
  let database: Database | null = null;
  try {
    if (statSync(directory, { throwIfNoEntry: false })?.isDirectory() === false) {
      throw new Error('it is a file, not a directory');
    }
    mkdirSync(directory, { recursive: true });
    releaseLock = acquireDataDirLock(directory);
    database = await openPGliteDatabase(directory);
    const applied = await migrate(database);
    log(`[console-store] PGlite in ${directory}; ${schemaNews(applied)}`);
    const opened = database;
    const release = releaseLock;
    return createConsoleStore({ ...opened, close: () => opened.close().finally(release) });
  } catch (error) {
    await database?.close().catch(() => {});
    releaseLock?.();
    if (error instanceof DataDirLockedError) {
      const holder =
        error.holder.pid === process.pid
          ? 'this same process'
          : `process ${error.holder.pid} on ${error.holder.host}`;
      throw new StoreError(
        `${where} is in use by ${holder} (see ${error.lockFile}); the embedded database allows one ` +
          'console at a time. Stop that console, set CONSOLE_DATA_DIR to another directory, or set ' +
          'DATABASE_URL to a PostgreSQL server to run several instances.',
        { cause: error },
      );
    }
    throw new StoreError(
      `${where} could not be opened: ${describeFailure(error)}. Move it aside or set CONSOLE_DATA_DIR ` +
        'to another directory.',
      { cause: error },
    );
  }
}

function schemaNews(applied: number[]): string {
  return applied.length > 0 ? `applied migrations ${applied.join(', ')}` : 'schema up to date';
}
