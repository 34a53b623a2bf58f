/**
 * The one seam between the store and its two drivers: PGlite (PostgreSQL compiled to WebAssembly,
 * in this process) and node-postgres' pool (a PostgreSQL server). Repositories write plain
 * PostgreSQL with `$1` parameters and never learn which driver runs it.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

export interface QueryResult<Row> {
  rows: Row[];
  /** Rows an INSERT, UPDATE or DELETE changed, or a SELECT returned. */
  rowCount: number;
}

export interface Queryable {
  /** One statement; `Row` describes the columns it returns. */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /** Several statements without parameters (a migration file). */
  exec(script: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` on one connection between BEGIN and COMMIT; ROLLBACK when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `memory://` keeps everything in memory (tests); anything else is a directory on disk. */
export async function openPGliteDatabase(dataDir: string): Promise<Database> {
  // pg_trgm ships with PGlite but must be loaded up front for the migrations to create it.
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  return {
    driver: 'pglite',
    ...pgliteQueryable(pglite),
    // PGlite has one connection: its transaction() holds it exclusively, so other callers' queries
    // wait for COMMIT instead of landing inside this transaction.
    transaction: (work) => pglite.transaction((tx) => work(pgliteQueryable(tx))),
    close: () => pglite.close(),
  };
}

function pgliteQueryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rows.length || (result.affectedRows ?? 0) };
    },
    async exec(script) {
      await target.exec(script);
    },
  };
}

export interface PostgresOptions {
  /** Where to report a pooled connection that broke while idle (it is replaced on next use). */
  log(line: string): void;
  /** How long to wait for a connection before failing; a blackholed host must not hang the console. */
  connectTimeoutMs?: number;
}

export function openPostgresDatabase(url: string, options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: 'daas-console',
  });
  // Without a listener, an idle connection dropped by the server (restart, failover) would be an
  // unhandled 'error' event and end the process.
  pool.on('error', (error) =>
    options.log(`[console-store] idle database connection lost: ${error.message}`),
  );
  return {
    driver: 'postgres',
    ...postgresQueryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(postgresQueryable(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection whose ROLLBACK failed is in an unknown state: destroy it, never reuse it.
        const rollbackError = await client.query('ROLLBACK').then(
          () => undefined,
          (failure: unknown) => (failure instanceof Error ? failure : new Error(String(failure))),
        );
        client.release(rollbackError);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

function postgresQueryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query(sql, [...params]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(script) {
      // Without parameters node-postgres uses the simple protocol, which accepts several statements.
      await target.query(script);
    },
  };
}
