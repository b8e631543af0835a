import { existsSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { MigrationError } from "../errors.ts";
import { withAdvisoryLock } from "./advisory-lock.ts";
import { pgliteMigrationFactory, postgresMigrationAccess } from "./migration-adapters.ts";
import { migrationNames, readMigrationList } from "./migration-directory.ts";
import { withSchemaEngine, type SchemaEngine } from "./schema-engine.ts";

/** Where migrations go: how to reach the engine and how to keep other migrators out meanwhile. */
export interface TMigrationTarget {
  withEngine<T>(run: (engine: SchemaEngine) => Promise<T>): Promise<T>;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export function postgresTarget(url: string): TMigrationTarget {
  return {
    withEngine: async (run) => {
      const access = postgresMigrationAccess(url);
      try {
        return await withSchemaEngine(access.factory, run);
      } finally {
        await access.close();
      }
    },
    exclusive: (work) => withAdvisoryLock(url, work),
  };
}

/** The embedded database is already exclusive to this process (folder lock, one instance per folder). */
export function pgliteTarget(db: PGlite): TMigrationTarget {
  return {
    withEngine: (run) => withSchemaEngine(pgliteMigrationFactory(db), run),
    exclusive: (work) => work(),
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export interface TMigrationDiagnosis {
  pending: string[];
  edited: string[];
  failed: string[];
  /** Applied in the database but missing from the migrations folder. */
  unknown: string[];
}

/** Applies pending migrations exactly like `prisma migrate deploy`; returns the names applied. */
export async function deployMigrations(target: TMigrationTarget, migrationsDir: string): Promise<string[]> {
  if (!existsSync(migrationsDir)) {
    throw new MigrationError(
      `No migrations folder at ${migrationsDir}: nothing to migrate the database with.`,
      undefined,
      undefined,
    );
  }
  const migrationsList = await readMigrationList(migrationsDir);
  return target.exclusive(() =>
    target
      .withEngine((engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }))
      .then((output) => output.appliedMigrationNames)
      .catch((error: unknown) => {
        throw toMigrationError(error, migrationNames(migrationsList));
      }),
  );
}

/** What `prisma migrate status` reports, including migrations edited after they were applied. */
export async function diagnoseMigrations(
  target: TMigrationTarget,
  migrationsDir: string,
): Promise<TMigrationDiagnosis> {
  const migrationsList = await readMigrationList(migrationsDir);
  const output = await target.withEngine((engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
  );
  const history = output.history;
  const names = migrationNames(migrationsList);
  return {
    pending: !output.hasMigrationsTable
      ? names
      : history && "unappliedMigrationNames" in history
        ? history.unappliedMigrationNames
        : [],
    edited: output.editedMigrationNames,
    failed: output.failedMigrationNames,
    unknown: history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [],
  };
}

/** Drops the engine's span trace ("   0: sql_schema_connector…") and wrapper lines from a message. */
function withoutEngineTrace(message: string): string {
  return message
    .split("\n")
    .filter((line) => !/^\s+(\d+: |at |with )/.test(line) && line.trim() !== "external connector error")
    .join("\n")
    .trim();
}

/**
 * The engine reports a failed migration with its name and the database error
 * in the message; a migration that failed earlier blocks every later deploy.
 */
function toMigrationError(error: unknown, names: string[]): MigrationError {
  const raw = error instanceof Error ? error.message : String(error);
  const migrationName = /migration_name="([^"]+)"/.exec(raw)?.[1] ?? names.find((name) => raw.includes(name));
  const detail = withoutEngineTrace(raw);
  const message = migrationName
    ? `Migration ${migrationName} failed: ${detail}`
    : `Migrating failed: ${detail}`;
  return new MigrationError(message, migrationName, detail);
}
