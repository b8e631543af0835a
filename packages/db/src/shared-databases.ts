import { resolve } from "node:path";
import { openUnshared, type TDatabase, type TDatabaseConfig, type TOwnedDatabase } from "./open-database.ts";

interface TEntry {
  opening: Promise<TOwnedDatabase>;
  users: number;
  migrated: Promise<unknown> | undefined;
}

/**
 * Next.js can evaluate a module twice in one process; a registry on
 * globalThis makes every openDatabase for the same database share one
 * connection, so the embedded folder lock never refuses its own process.
 */
const REGISTRY = Symbol.for("@stackvend/db.open-databases");
const CLOSING = Symbol.for("@stackvend/db.closing-databases");

interface TRegistryHolder {
  [REGISTRY]?: Map<string, TEntry>;
  [CLOSING]?: Map<string, Promise<void>>;
}

function registry(): Map<string, TEntry> {
  return ((globalThis as TRegistryHolder)[REGISTRY] ??= new Map());
}

/** Databases whose last handle closed but which are still shutting down: reopening waits for them. */
function closing(): Map<string, Promise<void>> {
  return ((globalThis as TRegistryHolder)[CLOSING] ??= new Map());
}

function keyOf(config: TDatabaseConfig): string {
  return config.url ? `postgres:${config.url}` : `embedded:${resolve(config.dataDir)}`;
}

function entryFor(key: string, config: TDatabaseConfig, migrate: boolean): TEntry {
  const existing = registry().get(key);
  if (existing) return existing;
  const opening = openUnshared(config, migrate);
  const entry: TEntry = { opening, users: 0, migrated: migrate ? opening : undefined };
  registry().set(key, entry);
  opening.catch(() => registry().get(key) === entry && registry().delete(key));
  return entry;
}

/**
 * Opens (and by default migrates) the database: PostgreSQL when `url` is set,
 * else the embedded PGlite in `dataDir`. Calls for the same database share one
 * instance; each returned handle's close() releases its share, and the last
 * one closes the database.
 */
export async function openDatabase(
  config: TDatabaseConfig,
  options: { migrate?: boolean } = {},
): Promise<TDatabase> {
  const key = keyOf(config);
  await closing().get(key);
  const entry = entryFor(key, config, options.migrate ?? true);
  entry.users++;
  try {
    const db = await entry.opening;
    if (options.migrate ?? true) await (entry.migrated ??= deployOnce(entry, db));
    return handle(key, entry, db);
  } catch (error) {
    entry.users--;
    throw error;
  }
}

/** A failed deploy is forgotten so that the next open retries it. */
function deployOnce(entry: TEntry, db: TOwnedDatabase): Promise<unknown> {
  return db.deploy().catch((error: unknown) => {
    entry.migrated = undefined;
    throw error;
  });
}

function handle(key: string, entry: TEntry, db: TOwnedDatabase): TDatabase {
  let closed: Promise<void> | undefined;
  const release = async () => {
    entry.users--;
    if (entry.users > 0) return;
    registry().delete(key);
    const shutdown = db.close().finally(() => closing().delete(key));
    closing().set(
      key,
      shutdown.catch(() => undefined),
    );
    await shutdown;
  };
  return {
    prisma: db.prisma,
    mode: db.mode,
    ping: db.ping,
    migrationStatus: db.migrationStatus,
    listen: db.listen,
    close: () => (closed ??= release()),
  };
}
