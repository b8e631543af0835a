import { randomBytes } from "node:crypto";
import { createPGlite } from "../pglite.ts";
import { tmpdir } from "node:os";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPrismaClient, type TDb } from "../client.ts";
import { listenOnPglite } from "../listen.ts";
import { deployMigrations, pgliteTarget } from "../migrations/deploy.ts";
import { defaultMigrationsDir } from "../paths.ts";
import { openUnshared, type TDatabase } from "../open-database.ts";

export interface TTestDatabase extends TDatabase {
  /** Connection string of the new database. */
  url: string;
  /** Closes the database if still open and drops it. */
  drop(): Promise<void>;
}

async function onServer(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database of its own for one test file (or one e2e run) on the server at
 * `baseUrl`, migrated unless `migrate: false`, so tests never share rows.
 */
export async function createTestDatabase(
  baseUrl: string,
  options: { migrate?: boolean } = {},
): Promise<TTestDatabase> {
  const name = `stackvend_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await onServer(baseUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(baseUrl, name);
  let db: TDatabase;
  try {
    db = await openUnshared({ url, dataDir: tmpdir() }, options.migrate ?? true);
  } catch (error) {
    await onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= db.close());
  const { prisma, mode, ping, migrationStatus, listen } = db;
  return {
    prisma,
    mode,
    ping,
    migrationStatus,
    listen,
    url,
    close,
    drop: async () => {
      await close();
      await onServer(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Another pool on the same database, unmigrated: what a second app instance would hold. */
export function openAnotherInstance(url: string): Promise<TDatabase> {
  return openUnshared({ url, dataDir: tmpdir() }, false);
}

/**
 * A migrated in-memory embedded database (PGlite) for one test file: where the
 * embedded default can behave differently from PostgreSQL (locks,
 * concurrency), tests run against both.
 */
export async function createEmbeddedTestDatabase(): Promise<{
  prisma: TDb;
  listen: TDatabase["listen"];
  close(): Promise<void>;
}> {
  const pglite = await createPGlite();
  await deployMigrations(pgliteTarget(pglite), defaultMigrationsDir());
  const prisma = createPrismaClient(new PrismaPGlite(pglite));
  return {
    prisma,
    listen: (channel, onNotify) => listenOnPglite(pglite, channel, onNotify),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
