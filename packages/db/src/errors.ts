import { hostname as osHostname } from "node:os";

/** Another process holds the embedded data folder; PGlite itself would let both corrupt it. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly hostname: string,
  ) {
    const where = hostname === osHostname() ? "" : ` on host ${hostname}`;
    super(
      `The data folder ${dataDir} is already in use by process ${pid}${where}. ` +
        "Stop that Stackvend instance or set STACKVEND_DATA_DIR to another folder.",
    );
    this.name = "DatabaseLockedError";
  }
}

/**
 * A migration could not be applied, or the applied history no longer matches
 * the migration files. `migrationName` is the migration at fault when known.
 */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName: string | undefined,
    readonly databaseError: string | undefined,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/** `migrate:new` found schema.prisma already matching the committed migrations. */
export class NoSchemaChangesError extends Error {
  constructor(readonly schemaPath: string) {
    super(
      `No changes: ${schemaPath} already matches the committed migrations, so there is nothing to migrate.`,
    );
    this.name = "NoSchemaChangesError";
  }
}

/** PostgreSQL did not accept a connection; says where it tried, never the password. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(
      `Cannot reach PostgreSQL at ${host} (${reason}). Check DATABASE_URL and that the server is running.`,
    );
    this.name = "DatabaseUnavailableError";
  }
}
