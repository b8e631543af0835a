import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationChecksum, migrationNames, readMigrationList } from "./migration-directory.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "stackvend-migrations-test-"));
  for (const name of ["20260202000000_second", "20260101000000_first"]) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, "migration.sql"), `-- ${name}\n`);
  }
  await mkdir(join(dir, "20260303000000_empty"));
  await writeFile(join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  await writeFile(join(dir, "README.md"), "not a migration");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readMigrationList", () => {
  it("lists migration folders in name order with their SQL, as Prisma's CLI does", async () => {
    const list = await readMigrationList(dir);
    expect(migrationNames(list)).toEqual([
      "20260101000000_first",
      "20260202000000_second",
      "20260303000000_empty",
    ]);
    expect(list.migrationDirectories[0]?.migrationFile).toEqual({
      path: "migration.sql",
      content: { tag: "ok", value: "-- 20260101000000_first\n" },
    });
    expect(list.migrationDirectories[2]?.migrationFile.content.tag).toBe("error");
    expect(list.lockfile).toEqual({ path: "migration_lock.toml", content: 'provider = "postgresql"\n' });
  });

  it("reads a missing folder as no migrations", async () => {
    const list = await readMigrationList(join(dir, "missing"));
    expect(list.migrationDirectories).toEqual([]);
    expect(list.lockfile.content).toBeNull();
  });
});

describe("migrationChecksum", () => {
  it("is the sha256 hex of the raw bytes, which Prisma stores in _prisma_migrations", () => {
    const sql = 'CREATE TABLE "É" (id int);\r\n';
    expect(migrationChecksum(Buffer.from(sql))).toBe(
      createHash("sha256").update(Buffer.from(sql, "utf8")).digest("hex"),
    );
    expect(migrationChecksum(sql)).toBe(migrationChecksum(Buffer.from(sql)));
  });
});
