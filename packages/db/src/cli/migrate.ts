import { NoSchemaChangesError } from "../errors.ts";
import { checkMigrations, createMigration } from "../migrations/authoring.ts";
import { openUnshared } from "../open-database.ts";
import { databaseConfig, describeTarget, files } from "./database-config.ts";

const USAGE = `Usage: migrate <command>
  deploy        apply pending migrations (DATABASE_URL, else the embedded folder STACKVEND_DATA_DIR)
  status        list pending, edited and failed migrations; exit 1 unless all applied and unchanged
  new <name>    create prisma/migrations/<timestamp>_<name> from changes in schema.prisma
  check         exit 1 when the committed migrations and schema.prisma disagree`;

async function deploy(): Promise<number> {
  const config = databaseConfig();
  console.log(`Migrating the ${describeTarget(config)}`);
  const db = await openUnshared(config, true);
  await db.close();
  return 0;
}

async function status(): Promise<number> {
  const config = databaseConfig();
  const db = await openUnshared(config, false);
  try {
    const { applied, pending, edited, failed } = await db.migrationStatus();
    console.log(`${describeTarget(config)}: ${applied} applied, ${pending.length} pending`);
    for (const [label, names] of [
      ["pending", pending],
      ["edited after being applied", edited],
      ["failed", failed],
    ] as const) {
      if (names.length) console.log(`${label}:\n  ${names.join("\n  ")}`);
    }
    return pending.length + edited.length + failed.length === 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error("Name the migration: npm run db:migrate:new -- <name>");
    return 2;
  }
  try {
    const created = await createMigration(name, files);
    console.log(`Created ${created.path}/migration.sql: review it, then commit it.`);
    return 0;
  } catch (error) {
    if (!(error instanceof NoSchemaChangesError)) throw error;
    console.error(error.message);
    return 1;
  }
}

async function check(): Promise<number> {
  const result = await checkMigrations(files);
  if (result.inSync) {
    console.log("prisma/migrations matches schema.prisma");
    return 0;
  }
  console.error(
    "schema.prisma has changes no migration covers; create one with npm run db:migrate:new -- <name>.",
  );
  console.error(`The missing migration would be:\n${result.script}`);
  return 1;
}

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  switch (command) {
    case "deploy":
      return deploy();
    case "status":
      return status();
    case "new":
      return create(arg);
    case "check":
      return check();
    default:
      console.error(USAGE);
      return 2;
  }
}

/** Exits explicitly: the wasm engine may leave a timer behind for ~10 s. */
main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
