import { join, resolve } from "node:path";
import type { TDatabaseConfig } from "../open-database.ts";
import { findRepositoryRoot } from "../paths.ts";

process.env.CHECKPOINT_DISABLE ??= "1";
export const root = findRepositoryRoot();
export const files = {
  schemaPath: join(root, "prisma", "schema.prisma"),
  migrationsDir: join(root, "prisma", "migrations"),
};

/** Like `npm start`: a relative folder is relative to where npm was run, by default the repository root. */
function dataDirFromEnv(): string {
  return resolve(process.env.INIT_CWD ?? root, process.env.STACKVEND_DATA_DIR || join(".stackvend", "data"));
}

/** DATABASE_URL, else the embedded folder STACKVEND_DATA_DIR, as the server would use. */
export function databaseConfig(): TDatabaseConfig {
  return {
    url: process.env.DATABASE_URL || undefined,
    dataDir: dataDirFromEnv(),
    migrationsDir: files.migrationsDir,
    log: (msg) => console.log(msg),
  };
}

export function describeTarget(config: TDatabaseConfig): string {
  return config.url ? `PostgreSQL ${new URL(config.url).host}` : `embedded database in ${config.dataDir}`;
}
