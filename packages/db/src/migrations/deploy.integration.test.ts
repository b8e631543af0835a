import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MigrationError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { openUnshared } from "../open-database.ts";
import { defaultMigrationsDir } from "../paths.ts";
import { createTestDatabase, getTestDatabaseUrl, type TTestDatabase } from "../testing/index.ts";
import { withAdvisoryLock } from "./advisory-lock.ts";
import { deployMigrations, diagnoseMigrations, postgresTarget } from "./deploy.ts";
import { migrationChecksum, migrationNames, readMigrationList } from "./migration-directory.ts";

const migrationsDir = defaultMigrationsDir();
const databases: TTestDatabase[] = [];
let scratch: string;

async function emptyDatabase(): Promise<TTestDatabase> {
  const db = await createTestDatabase(getTestDatabaseUrl(), { migrate: false });
  databases.push(db);
  return db;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A private copy of prisma/migrations that a test may extend or edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(join(scratch, "migrations-"));
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "stackvend-deploy-test-"));
});
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.drop()));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("deployMigrations on PostgreSQL", () => {
  it("migrates an empty database, records Prisma's rows and applies nothing the second time", async () => {
    const db = await emptyDatabase();
    const names = migrationNames(await readMigrationList(migrationsDir));
    expect(names.length).toBeGreaterThan(0);

    expect(await deployMigrations(postgresTarget(db.url), migrationsDir)).toEqual(names);

    const tables = await query<{ table_name: string }>(
      db.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([...Object.values(Prisma.ModelName), "_prisma_migrations"]),
    );
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      db.url,
      "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
    );
    for (const [index, name] of names.entries()) {
      const bytes = await readFile(join(migrationsDir, name, "migration.sql"));
      expect(rows[index]).toMatchObject({
        migration_name: name,
        checksum: migrationChecksum(bytes),
        applied_steps_count: 1,
      });
      expect(rows[index]?.finished_at).toBeInstanceOf(Date);
    }
    expect(await deployMigrations(postgresTarget(db.url), migrationsDir)).toEqual([]);
    expect(await query(db.url, "SELECT 1 FROM _prisma_migrations")).toHaveLength(names.length);
  });

  it("lets two instances start at once: both succeed and each migration is applied exactly once", async () => {
    const db = await emptyDatabase();
    const dir = await copyOfMigrations();
    await mkdir(join(dir, "29990101000000_second"));
    await writeFile(
      join(dir, "29990101000000_second", "migration.sql"),
      'CREATE TABLE "Second" ("id" TEXT PRIMARY KEY);\n',
    );
    const names = migrationNames(await readMigrationList(dir));

    const [first, second] = await Promise.all([
      openUnshared({ url: db.url, dataDir: scratch, migrationsDir: dir }, true),
      openUnshared({ url: db.url, dataDir: scratch, migrationsDir: dir }, true),
    ]);
    try {
      expect(await first.migrationStatus()).toMatchObject({ applied: names.length, pending: [] });
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    const rows = await query<{ migration_name: string; count: number }>(
      db.url,
      "SELECT migration_name, count(*)::int AS count FROM _prisma_migrations GROUP BY migration_name ORDER BY 1",
    );
    expect(rows).toEqual(names.map((name) => ({ migration_name: name, count: 1 })));
  });

  it("waits for the migration lock another instance holds", async () => {
    const db = await emptyDatabase();
    let deployed = false;
    let deploying: Promise<unknown> | undefined;
    await withAdvisoryLock(db.url, async () => {
      deploying = deployMigrations(postgresTarget(db.url), migrationsDir).then(() => (deployed = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(deployed).toBe(false);
    });
    await deploying;
    expect(deployed).toBe(true);
  });

  it("refuses to deploy from a migrations folder that does not exist", async () => {
    await expect(
      deployMigrations(postgresTarget("postgresql://unused"), join(scratch, "missing")),
    ).rejects.toThrow(/No migrations folder at .*missing/);
  });

  it("detects a migration edited after it was applied", async () => {
    const db = await emptyDatabase();
    const dir = await copyOfMigrations();
    await deployMigrations(postgresTarget(db.url), dir);
    const [name] = migrationNames(await readMigrationList(dir));
    const file = join(dir, String(name), "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited afterwards\n`);

    const diagnosis = await diagnoseMigrations(postgresTarget(db.url), dir);
    expect(diagnosis).toMatchObject({ edited: [name], pending: [], failed: [] });
    const logs: string[] = [];
    const reopened = await openUnshared(
      { url: db.url, dataDir: scratch, migrationsDir: dir, log: (msg) => logs.push(msg) },
      true,
    );
    await reopened.close();
    expect(logs).toContain(`database: warning: migrations changed after they were applied: ${name}`);
  });

  it("reports a failing migration by name with the database error, and leaves none of it behind", async () => {
    const db = await emptyDatabase();
    const dir = await copyOfMigrations();
    await mkdir(join(dir, "29990101000000_broken"));
    await writeFile(
      join(dir, "29990101000000_broken", "migration.sql"),
      "CREATE TABLE \"Half\" (note TEXT DEFAULT 'a;b');\nSELECT no_such_function();\n",
    );

    const error = await deployMigrations(postgresTarget(db.url), dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ migrationName: "29990101000000_broken" });
    expect((error as MigrationError).message).toMatch(
      /29990101000000_broken.*\n?.*no_such_function\(\) does not exist/,
    );
    expect(await query(db.url, "SELECT to_regclass('\"Half\"') AS half")).toEqual([{ half: null }]);
    expect(await diagnoseMigrations(postgresTarget(db.url), dir)).toMatchObject({
      failed: ["29990101000000_broken"],
    });
  });
});
