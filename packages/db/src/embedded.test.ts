import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE_NAME } from "./folder-lock.ts";
import { openDatabase } from "./index.ts";
import { migrationNames, readMigrationList } from "./migrations/migration-directory.ts";
import { defaultMigrationsDir, findRepositoryRoot } from "./paths.ts";

const root = findRepositoryRoot();
let scratch: string;
let dataDir: string;

/** Runs test/open-embedded.ts in a separate process, like a second Stackvend instance. */
function openFromAnotherProcess(dir: string, ...args: string[]) {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const child = spawnSync(tsx, [join(root, "packages", "db", "test", "open-embedded.ts"), dir, ...args], {
    encoding: "utf8",
  });
  return { status: child.status, stderr: child.stderr };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "stackvend-embedded-test-"));
  dataDir = join(scratch, "data");
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("embedded database", () => {
  it("creates, migrates and answers on an empty folder", async () => {
    const db = await openDatabase({ dataDir });
    try {
      expect(db.mode).toBe("embedded");
      expect(await db.ping()).toMatchObject({ ok: true });
      const names = migrationNames(await readMigrationList(defaultMigrationsDir()));
      expect(await db.migrationStatus()).toEqual({
        applied: names.length,
        pending: [],
        edited: [],
        failed: [],
      });
      await db.prisma.user.create({
        data: { email: "kept@example.com", name: "Kept", passwordHash: "hash" },
      });
    } finally {
      await db.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it("keeps data across close and reopen, and omits password hashes unless asked", async () => {
    const db = await openDatabase({ dataDir });
    try {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "kept@example.com" } });
      expect(user).toMatchObject({ name: "Kept" });
      expect(user).not.toHaveProperty("passwordHash");
      const withHash = await db.prisma.user.findUniqueOrThrow({
        where: { email: "kept@example.com" },
        omit: { passwordHash: false },
      });
      expect(withHash.passwordHash).toBe("hash");
    } finally {
      await db.close();
    }
  });

  it("reopens while the last handle is still closing by waiting for the close", async () => {
    const db = await openDatabase({ dataDir });
    const closing = db.close();
    const reopened = await openDatabase({ dataDir });
    try {
      await closing;
      expect(await reopened.prisma.user.count()).toBe(1);
    } finally {
      await reopened.close();
    }
  });

  it("shares one instance within a process and refuses a second process with a clear message", async () => {
    const first = await openDatabase({ dataDir });
    const second = await openDatabase({ dataDir: join(dataDir, ".") });
    try {
      expect(second.prisma).toBe(first.prisma);
      const child = openFromAnotherProcess(dataDir);
      expect(child.status).toBe(3);
      expect(child.stderr).toContain(
        `The data folder ${dataDir} is already in use by process ${process.pid}. ` +
          "Stop that Stackvend instance or set STACKVEND_DATA_DIR to another folder.",
      );
      await first.close();
      expect(await second.ping()).toMatchObject({ ok: true });
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("releases the folder when a process exits without closing, and takes over stale locks", async () => {
    expect(openFromAnotherProcess(dataDir, "--exit-without-close").status).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);

    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(
      join(dataDir, LOCK_FILE_NAME),
      JSON.stringify({ pid: gone, hostname: hostname(), startedAt: "" }),
    );
    const db = await openDatabase({ dataDir });
    try {
      expect(await db.ping()).toMatchObject({ ok: true });
    } finally {
      await db.close();
    }
  });
});
