import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NoSchemaChangesError } from "../errors.ts";
import { defaultMigrationsDir, defaultSchemaPath } from "../paths.ts";
import { checkMigrations, createMigration, migrationSlug, migrationTimestamp } from "./authoring.ts";

const real = { schemaPath: defaultSchemaPath(), migrationsDir: defaultMigrationsDir() };
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "stackvend-authoring-test-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("migration names", () => {
  it("follows Prisma's folder naming", () => {
    expect(migrationTimestamp(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304050607");
    expect(migrationSlug(" Add request tags! ")).toBe("add_request_tags");
    expect(() => migrationSlug("--")).toThrow(/not a usable migration name/);
  });
});

// Each check replays every committed migration into a fresh in-memory database through the
// schema engine compiled to WebAssembly: seconds alone, far more on a busy two-core machine.
describe("checkMigrations and createMigration", { timeout: 180_000 }, () => {
  it("find the committed migrations in agreement with schema.prisma", async () => {
    expect(await checkMigrations(real)).toEqual({ inSync: true, script: "" });
  });

  it("catch a schema change no migration covers, and create the migration that covers it", async () => {
    const schemaPath = join(scratch, "schema.prisma");
    const schema = await readFile(real.schemaPath, "utf8");
    const changed = schema.replace(/model User \{\n/, "model User {\n  nickname String?\n");
    expect(changed).not.toBe(schema);
    await writeFile(schemaPath, changed);
    const migrationsDir = join(scratch, "migrations");
    await cp(real.migrationsDir, migrationsDir, { recursive: true });
    const files = { schemaPath, migrationsDir };

    const drift = await checkMigrations(files);
    expect(drift.inSync).toBe(false);
    expect(drift.script).toContain('ALTER TABLE "User" ADD COLUMN     "nickname" TEXT;');

    const created = await createMigration("add nickname", files, new Date("2099-01-02T03:04:05Z"));
    expect(created.name).toBe("20990102030405_add_nickname");
    expect(await readFile(join(created.path, "migration.sql"), "utf8")).toBe(drift.script);
    expect(await readdir(migrationsDir)).toContain(created.name);

    await expect(createMigration("again", files)).rejects.toBeInstanceOf(NoSchemaChangesError);
  });
});
