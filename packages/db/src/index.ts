export * from "./generated/prisma/client.ts";
export { createPrismaClient, type TDb } from "./client.ts";
export {
  DatabaseLockedError,
  DatabaseUnavailableError,
  MigrationError,
  NoSchemaChangesError,
} from "./errors.ts";
export type { TDatabase, TDatabaseConfig, TMigrationStatus } from "./open-database.ts";
export { openDatabase } from "./shared-databases.ts";
export { DEFAULT_DATA_DIR } from "./paths.ts";
export * from "./audit-chain/index.ts";
export { observeQueries, type TQueryObserver } from "./query-observers.ts";
