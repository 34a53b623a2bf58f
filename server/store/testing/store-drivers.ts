/**
 * Runs the store's tests on both drivers: PGlite in memory and a real PostgreSQL server started
 * for the test file, so SQL that only one of them accepts fails here rather than in production.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  startPostgresServer,
  type PostgresServer,
} from '../../../tests/support/postgres-server.ts';
import { openPGliteDatabase, openPostgresDatabase, type Database } from '../database.ts';
import { migrate } from '../migrate.ts';
import { createConsoleStore } from '../open-store.ts';
import type { ConsoleStore } from '../types.ts';

export type DriverName = ConsoleStore['driver'];
export const driverNames: DriverName[] = ['pglite', 'postgres'];

// Starting PostgreSQL or PGlite (initdb either way) takes seconds on a busy two-core machine.
export const startupTimeoutMs = 120_000;

export interface OpenedStore {
  store: ConsoleStore;
  /** The same database, for SQL no repository would run (tests of the schema's own guards). */
  database: Database;
}

/** One PostgreSQL server for the whole test file; call at the file's top level. */
export function startPostgresForFile(): () => PostgresServer {
  let server: PostgresServer | null = null;
  beforeAll(async () => {
    server = await startPostgresServer();
  }, startupTimeoutMs);
  afterAll(() => server?.stop());
  return () => {
    if (!server) throw new Error('The PostgreSQL server has not started (see beforeAll).');
    return server;
  };
}

/** A database with no tables yet: a new PGlite in memory, or a new database on `server`. */
export async function openBlankDatabase(
  driver: DriverName,
  server: () => PostgresServer,
): Promise<Database> {
  if (driver === 'pglite') return openPGliteDatabase('memory://');
  return openPostgresDatabase(await server().createDatabase(), { log: console.warn });
}

/** A migrated store holding nothing yet. */
export async function openEmptyStore(
  driver: DriverName,
  server: () => PostgresServer,
): Promise<OpenedStore> {
  const database = await openBlankDatabase(driver, server);
  await migrate(database);
  return { store: createConsoleStore(database), database };
}

/** An empty store for the enclosing `describe` block, closed after it. */
export function openEmptyStoreForBlock(
  driver: DriverName,
  server: () => PostgresServer,
): () => OpenedStore {
  let opened: OpenedStore | null = null;
  beforeAll(async () => {
    opened = await openEmptyStore(driver, server);
  }, startupTimeoutMs);
  afterAll(() => opened?.store.close());
  return () => {
    if (!opened) throw new Error('The store has not opened (see beforeAll).');
    return opened;
  };
}
