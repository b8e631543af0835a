import { type PGlite } from "@electric-sql/pglite";
import { createPGlite } from "../pglite.ts";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { NoSchemaChangesError } from "../errors.ts";
import { pgliteMigrationFactory } from "./migration-adapters.ts";
import { MIGRATION_LOCK_CONTENT, MIGRATION_LOCK_FILE, readMigrationList } from "./migration-directory.ts";
import { withSchemaEngine, type SchemaEngine } from "./schema-engine.ts";

export interface TSchemaFiles {
  /** Path to schema.prisma. */
  schemaPath: string;
  /** Path to the migrations folder (prisma/migrations). */
  migrationsDir: string;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

let scratchDatabase: Promise<PGlite> | undefined;

/**
 * Authoring replays the committed migrations into a throwaway in-memory
 * PGlite, so it needs no database server and touches no real data. Creating
 * a PGlite costs seconds, so one is kept per process and wiped before each
 * use. It serves as both main and shadow database: authoring never uses the
 * main one.
 */
async function cleanScratchDatabase(): Promise<PGlite> {
  scratchDatabase ??= createPGlite();
  const scratch = await scratchDatabase;
  const { rows } = await scratch.query<{ name: string }>(
    "SELECT nspname AS name FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
  );
  const drops = rows.map((row) => `DROP SCHEMA "${row.name.replace(/"/g, '""')}" CASCADE;`).join("\n");
  await scratch.exec(`${drops}\nCREATE SCHEMA public;`);
  return scratch;
}

let queue: Promise<unknown> = Promise.resolve();

/** Uses of the shared scratch database run one after the other. */
function withThrowawayEngine<T>(run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const next = queue.then(async () => {
    const scratch = await cleanScratchDatabase();
    const factory: SqlMigrationAwareDriverAdapterFactory = {
      ...pgliteMigrationFactory(scratch),
      connectToShadowDb: () => pgliteMigrationFactory(scratch).connect(),
    };
    return withSchemaEngine(factory, run);
  });
  queue = next.catch(() => undefined);
  return next;
}

/** A fresh project has no migration_lock.toml yet; the engine needs it to know the provider. */
async function loadMigrations(migrationsDir: string) {
  const list = await readMigrationList(migrationsDir);
  if (list.lockfile.content !== null) return { list };
  return { list: { ...list, lockfile: { ...list.lockfile, content: MIGRATION_LOCK_CONTENT } } };
}

async function schemaContainer(schemaPath: string) {
  return { files: [{ path: basename(schemaPath), content: await readFile(schemaPath, "utf8") }] };
}

/** Normalises a human name to what Prisma accepts in a folder name: `add_tags`. */
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error(`"${name}" is not a usable migration name: use letters, digits and underscores`);
  return slug.slice(0, 200);
}

/** Prisma's folder prefix: the UTC time as YYYYMMDDHHMMSS, so folders sort in creation order. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Writes `<timestamp>_<name>/migration.sql` with the SQL that brings the
 * migrations up to schema.prisma. The engine's own createMigration insists on
 * a shadow database URL in its wasm build, so the SQL comes from the same diff
 * `migrate:check` runs, which renders migrations identically.
 */
export async function createMigration(
  name: string,
  files: TSchemaFiles,
  now = new Date(),
): Promise<{ name: string; path: string }> {
  const slug = migrationSlug(name);
  const { script, inSync } = await checkMigrations(files);
  if (inSync) throw new NoSchemaChangesError(files.schemaPath);
  const migrationName = `${migrationTimestamp(now)}_${slug}`;
  const directory = join(files.migrationsDir, migrationName);
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, "migration.sql"), script);
  const lockfile = join(files.migrationsDir, MIGRATION_LOCK_FILE);
  if ((await readFile(lockfile, "utf8").catch(() => null)) === null) {
    await writeFile(lockfile, MIGRATION_LOCK_CONTENT);
  }
  return { name: migrationName, path: directory };
}

/**
 * Compares the schema the committed migrations produce with schema.prisma
 * (what `prisma migrate diff --from-migrations --to-schema --exit-code` does).
 * `script` is the SQL a new migration would need; empty when in sync.
 */
export async function checkMigrations(files: TSchemaFiles): Promise<{ inSync: boolean; script: string }> {
  const { list: migrationsList } = await loadMigrations(files.migrationsDir);
  const schema = await schemaContainer(files.schemaPath);
  const result = await withThrowawayEngine((engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  return { inSync: result.exitCode === 0, script: result.exitCode === 0 ? "" : (result.stdout ?? "") };
}
