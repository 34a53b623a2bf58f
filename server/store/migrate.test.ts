import { describe, expect, it } from 'vitest';
import { openPostgresDatabase, type Database } from './database.ts';
import { migrate, MigrationError, readMigrations } from './migrate.ts';
import {
  driverNames,
  openBlankDatabase,
  startPostgresForFile,
  startupTimeoutMs,
} from './testing/store-drivers.ts';

const postgres = startPostgresForFile();

const tableExists = async (database: Database, table: string) => {
  const { rows } = await database.query<{ found: string | null }>(
    'SELECT to_regclass($1)::text AS found',
    [table],
  );
  return rows[0]?.found !== null;
};

it('numbers its migration files 001, 002… without gaps', async () => {
  const migrations = await readMigrations();

  expect(migrations.map((migration) => migration.version)).toEqual(
    migrations.map((_, index) => index + 1),
  );
});

describe.each(driverNames)('migrations on %s', (driver) => {
  it(
    'applies every migration once, in order, and records each',
    async () => {
      const database = await openBlankDatabase(driver, postgres);
      try {
        const migrations = await readMigrations();

        expect(await migrate(database)).toEqual(migrations.map((migration) => migration.version));
        expect(await migrate(database)).toEqual([]);
        const { rows } = await database.query<{ version: number; name: string }>(
          'SELECT version, name FROM schema_migrations ORDER BY version',
        );
        expect(rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
      } finally {
        await database.close();
      }
    },
    startupTimeoutMs,
  );

  it(
    'leaves nothing behind when a migration fails, and names the one that did',
    async () => {
      const database = await openBlankDatabase(driver, postgres);
      try {
        const failing = migrate(database, [
          { version: 1, name: 'probe', sql: 'CREATE TABLE probe (x integer)' },
          { version: 2, name: 'broken', sql: 'CREATE TABLE broken (' },
        ]);

        await expect(failing).rejects.toThrow(MigrationError);
        await expect(failing).rejects.toThrow(/migration 002_broken failed: syntax error/);
        expect(await tableExists(database, 'probe')).toBe(false);
        expect(await tableExists(database, 'schema_migrations')).toBe(false);
      } finally {
        await database.close();
      }
    },
    startupTimeoutMs,
  );
});

describe('migrations on one PostgreSQL server from several instances starting at once', () => {
  it('are applied by exactly one of them', async () => {
    const url = await postgres().createDatabase();
    const instances = [1, 2, 3].map(() => openPostgresDatabase(url, { log: console.warn }));
    try {
      const applied = await Promise.all(instances.map((database) => migrate(database)));

      const all = (await readMigrations()).map((migration) => migration.version);
      expect(applied.filter((versions) => versions.length > 0)).toEqual([all]);
      const { rows } = await instances[0]!.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((row) => row.version)).toEqual(all);
    } finally {
      await Promise.all(instances.map((database) => database.close()));
    }
  });
});
