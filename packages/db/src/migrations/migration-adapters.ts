import { type PGlite } from "@electric-sql/pglite";
import { createPGlite } from "../pglite.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** Fields both node-postgres and PGlite put on a server error. */
interface TServerError {
  code?: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

function toDriverError(error: unknown): unknown {
  const server = error as TServerError;
  if (!(error instanceof Error) || typeof server.code !== "string") return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: server.code,
    severity: server.severity ?? "ERROR",
    message: server.message,
    detail: server.detail,
    column: server.column,
    hint: server.hint,
  });
}

/**
 * The stock adapters run migration scripts unsafely: adapter-pg splits them on
 * every ";" (breaking `$$` bodies and string literals) and runs the pieces on
 * arbitrary pool connections; the PGlite adapter does not await the script, so
 * a failing migration would be recorded as applied. Here a script is sent as
 * one simple query, which PostgreSQL runs as one implicit transaction.
 */
function withScriptRunner(
  adapter: SqlDriverAdapter,
  runScript: (script: string) => Promise<unknown>,
  release: () => Promise<void>,
): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    executeScript: async (script) => {
      await runScript(script).catch((error: unknown) => {
        throw toDriverError(error);
      });
    },
    dispose: async () => {
      await adapter.dispose();
      await release();
    },
  };
}

async function pgliteAdapter(db: PGlite, release: () => Promise<void>): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(db).connect();
  return withScriptRunner(adapter, (script) => db.exec(script), release);
}

/** Migration access to a PGlite; the shadow database is a throwaway in-memory PGlite. */
export function pgliteMigrationFactory(db: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@stackvend/pglite-migrate",
    connect: () => pgliteAdapter(db, async () => {}),
    connectToShadowDb: async () => {
      const shadow = await createPGlite();
      return pgliteAdapter(shadow, () => shadow.close());
    },
  };
}

export interface TPostgresMigrationAccess {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool the engine opened; it does not always dispose what it connects. */
  close(): Promise<void>;
}

/**
 * Migration access to PostgreSQL through small private pools. Migrations are
 * only ever diffed against an in-memory PGlite, so no shadow database is
 * created on a server.
 */
export function postgresMigrationAccess(url: string): TPostgresMigrationAccess {
  const pools = new Set<pg.Pool>();
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@stackvend/pg-migrate",
    connect: async () => {
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      pools.add(pool);
      const adapter = await new PrismaPg(pool).connect();
      return withScriptRunner(
        adapter,
        (script) => pool.query(script),
        () => endPool(pools, pool),
      );
    },
    connectToShadowDb: () =>
      Promise.reject(new Error("No shadow database on PostgreSQL: diff against PGlite")),
  };
  return {
    factory,
    close: async () => void (await Promise.all([...pools].map((pool) => endPool(pools, pool)))),
  };
}

async function endPool(pools: Set<pg.Pool>, pool: pg.Pool): Promise<void> {
  if (!pools.delete(pool)) return;
  await pool.end();
}
