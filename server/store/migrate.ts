/**
 * Brings the schema up to date at start: every `migrations/NNN_name.sql` not yet recorded in
 * `schema_migrations` runs, in order, in one transaction with the record of it.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);
const fileNamePattern = /^(\d{3})_([a-z0-9_]+)\.sql$/;

// Any fixed number works; it only has to be the same in every instance of the console, so that
// instances starting together on one server take turns instead of creating the tables twice.
const migrationLockKey = 4_286_517_093;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** A migration file that failed, named so the log says which one. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export async function readMigrations(): Promise<Migration[]> {
  const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = fileNamePattern.exec(file);
    if (!match?.[1] || !match[2]) {
      throw new Error(`Migration file ${file} is not named NNN_name.sql.`);
    }
    const version = Number(match[1]);
    if (migrations.some((known) => known.version === version)) {
      throw new Error(`Two migration files share version ${match[1]}.`);
    }
    migrations.push({
      version,
      name: match[2],
      sql: await readFile(new URL(file, migrationsDir), 'utf8'),
    });
  }
  return migrations;
}

/** Applies what is missing; returns the versions this call applied (none when up to date). */
export async function migrate(database: Database, migrations?: Migration[]): Promise<number[]> {
  const pending = migrations ?? (await readMigrations());
  return database.transaction(async (tx) => {
    // Held until COMMIT: a second instance waits here, then finds everything applied.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const appliedNow: number[] = [];
    for (const migration of pending) {
      if (applied.has(migration.version)) continue;
      const label = `${String(migration.version).padStart(3, '0')}_${migration.name}`;
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`migration ${label} failed: ${reason}`, { cause: error });
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      appliedNow.push(migration.version);
    }
    return appliedNow;
  });
}
