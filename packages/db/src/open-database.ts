import { mkdirSync } from "node:fs";
import { createPGlite } from "./pglite.ts";
import { join, resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPrismaClient, type TDb } from "./client.ts";
import { acquireFolderLock, type TFolderLock } from "./folder-lock.ts";
import { listenOnPglite, listenOnPostgres } from "./listen.ts";
import {
  deployMigrations,
  diagnoseMigrations,
  pgliteTarget,
  postgresTarget,
  type TMigrationTarget,
} from "./migrations/deploy.ts";
import { defaultMigrationsDir } from "./paths.ts";

export interface TDatabaseConfig {
  /** PostgreSQL connection string; unset means the embedded database in `dataDir`. */
  url?: string;
  /** Folder of the embedded database (created when missing); its PGlite files live in `<dataDir>/pglite`. */
  dataDir: string;
  log?: (msg: string) => void;
  /** prisma/migrations; found from the repository root when unset. */
  migrationsDir?: string;
}

export interface TMigrationStatus {
  applied: number;
  pending: string[];
  /** Applied migrations whose migration.sql changed afterwards (checksum mismatch). */
  edited: string[];
  /** Migrations that failed and block further deploys until resolved. */
  failed: string[];
}

export interface TDatabase {
  prisma: TDb;
  mode: "postgres" | "embedded";
  ping(): Promise<{ ok: boolean; latencyMs: number; error?: string }>;
  migrationStatus(): Promise<TMigrationStatus>;
  /**
   * LISTEN on `channel`: `onNotify` runs for each NOTIFY committed on it, from
   * any connection or instance. Resolves, once listening, to the unsubscribe.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** What differs between the two modes; the rest of TDatabase is built on top. */
interface TConnection {
  prisma: TDb;
  mode: TDatabase["mode"];
  target: TMigrationTarget;
  listen: TDatabase["listen"];
  shutdown(): Promise<void>;
}

/**
 * Every read of the portal is bounded by an index and a page size. The planner still picks a
 * parallel plan now and then on a misestimate (the queue badge's 100 rows behind an anti-join it
 * thinks filters nine in ten), and starting the worker then costs 10 to 20 ms of a 0.3 ms read,
 * more the busier the host. An `options` in DATABASE_URL replaces this.
 */
const SESSION_OPTIONS = "-c max_parallel_workers_per_gather=0";

function connectPostgres(url: string, log: (msg: string) => void): TConnection {
  const adapter = new PrismaPg(
    { connectionString: url, options: SESSION_OPTIONS },
    { onPoolError: (error) => log(`database pool: ${error.message}`) },
  );
  const prisma = createPrismaClient(adapter);
  const listeners = new Set<() => Promise<void>>();
  const listen: TDatabase["listen"] = async (channel, onNotify) => {
    const stop = await listenOnPostgres(url, channel, onNotify, log);
    const unsubscribe = async () => {
      listeners.delete(unsubscribe);
      await stop();
    };
    listeners.add(unsubscribe);
    return unsubscribe;
  };
  const shutdown = async () => {
    await Promise.all([...listeners].map((stop) => stop()));
    await prisma.$disconnect();
  };
  return { prisma, mode: "postgres", target: postgresTarget(url), listen, shutdown };
}

async function connectEmbedded(dataDir: string): Promise<TConnection> {
  mkdirSync(dataDir, { recursive: true });
  const lock: TFolderLock = acquireFolderLock(dataDir);
  try {
    const pgliteDir = join(dataDir, "pglite");
    mkdirSync(pgliteDir, { recursive: true });
    const pglite = await createPGlite(pgliteDir);
    const prisma = createPrismaClient(new PrismaPGlite(pglite));
    const shutdown = async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        lock.release();
      }
    };
    const listen: TDatabase["listen"] = (channel, onNotify) => listenOnPglite(pglite, channel, onNotify);
    return { prisma, mode: "embedded", target: pgliteTarget(pglite), listen, shutdown };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function ping(prisma: TDb): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: conciseError(error) };
  }
}

/** Prisma wraps driver errors in a multi-line "Invalid `prisma.$queryRaw()` invocation" text; keep the reason. */
function conciseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lastLine = message.trim().split("\n").pop() ?? message;
  return /Message: `(.*)`/.exec(lastLine)?.[1] ?? lastLine;
}

async function countApplied(prisma: TDb): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return row?.count ?? 0;
}

async function migrationStatus(connection: TConnection, migrationsDir: string): Promise<TMigrationStatus> {
  const diagnosis = await diagnoseMigrations(connection.target, migrationsDir);
  const applied = await countApplied(connection.prisma).catch(() => 0);
  return { applied, pending: diagnosis.pending, edited: diagnosis.edited, failed: diagnosis.failed };
}

/**
 * Like `prisma migrate deploy`, deploying does not refuse a migration edited
 * after it was applied, but the database may no longer match its files: say so.
 */
async function warnAboutEditedMigrations(
  target: TMigrationTarget,
  migrationsDir: string,
  log: (msg: string) => void,
): Promise<void> {
  const { edited } = await diagnoseMigrations(target, migrationsDir).catch(() => ({ edited: [] }));
  if (edited.length) {
    log(`database: warning: migrations changed after they were applied: ${edited.join(", ")}`);
  }
}

export interface TOwnedDatabase extends TDatabase {
  /** Applies pending migrations; returns their names. */
  deploy(): Promise<string[]>;
}

/** Opens one database; `openDatabase` adds sharing within the process on top. */
export async function openUnshared(config: TDatabaseConfig, migrate: boolean): Promise<TOwnedDatabase> {
  const log = config.log ?? (() => {});
  const migrationsDir = config.migrationsDir ?? defaultMigrationsDir();
  const connection = config.url
    ? connectPostgres(config.url, log)
    : await connectEmbedded(resolve(config.dataDir));
  const deploy = async () => {
    const applied = await deployMigrations(connection.target, migrationsDir);
    log(applied.length ? `database: applied ${applied.join(", ")}` : "database: migrations up to date");
    await warnAboutEditedMigrations(connection.target, migrationsDir, log);
    return applied;
  };
  if (migrate)
    await deploy().catch(async (error: unknown) => {
      await connection.shutdown();
      throw error;
    });
  return {
    prisma: connection.prisma,
    mode: connection.mode,
    deploy,
    ping: () => ping(connection.prisma),
    migrationStatus: () => migrationStatus(connection, migrationsDir),
    listen: connection.listen,
    close: connection.shutdown,
  };
}
