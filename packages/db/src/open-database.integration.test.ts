import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./index.ts";
import { createTestDatabase, getTestDatabaseUrl, type TTestDatabase } from "./testing/index.ts";

let blank: TTestDatabase;

beforeAll(async () => {
  blank = await createTestDatabase(getTestDatabaseUrl(), { migrate: false });
  await blank.close();
});
afterAll(async () => {
  await blank?.drop();
});

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: getTestDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe("openDatabase on PostgreSQL", () => {
  it("migrates on open, pings, reports status and shares one client per URL", async () => {
    const config = { url: blank.url, dataDir: "/unused" };
    const db = await openDatabase(config);
    const again = await openDatabase(config, { migrate: false });
    try {
      expect(db.mode).toBe("postgres");
      expect(again.prisma).toBe(db.prisma);
      expect(await db.ping()).toMatchObject({ ok: true });
      expect(await db.migrationStatus()).toMatchObject({ pending: [], edited: [], failed: [] });
      expect((await db.migrationStatus()).applied).toBeGreaterThan(0);
      const user = await db.prisma.user.create({
        data: { email: "pg@example.com", name: "Pg", passwordHash: "h" },
      });
      expect(user).not.toHaveProperty("passwordHash");
      // Index-bounded reads on a pool: no parallel workers to start.
      const [setting] = await db.prisma.$queryRaw<{ value: string }[]>`
        SELECT current_setting('max_parallel_workers_per_gather') AS value`;
      expect(setting).toEqual({ value: "0" });
    } finally {
      await db.close();
      await again.close();
    }
  });

  it("reports an unreachable server through ping instead of throwing", async () => {
    const db = await openDatabase(
      { url: "postgresql://postgres@127.0.0.1:1/none", dataDir: "/unused" },
      { migrate: false },
    );
    try {
      expect(await db.ping()).toMatchObject({ ok: false, error: expect.any(String) });
    } finally {
      await db.close();
    }
  });
});

describe("listen on PostgreSQL", () => {
  it("hears a NOTIFY committed on another connection, and listens again after its connection is killed", async () => {
    const db = await openDatabase({ url: blank.url, dataDir: "/unused" });
    const other = new pg.Client({ connectionString: blank.url });
    await other.connect();
    let heard = 0;
    const stop = await db.listen("stackvend_test", () => heard++);
    const until = async (n: number) => {
      const deadline = Date.now() + 15_000;
      while (heard < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toBe(n);
    };
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_notify('stackvend_test', '')");
      await other.query("ROLLBACK");
      await other.query("SELECT pg_notify('stackvend_test', '')");
      await until(1);

      await other.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
      );
      // Back after a pause, and says so once: jobs may have been queued while nobody listened.
      await until(2);
      await other.query("SELECT pg_notify('stackvend_test', '')");
      await until(3);

      await stop();
      await other.query("SELECT pg_notify('stackvend_test', '')");
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).toBe(3);
    } finally {
      await other.end();
      await db.close();
    }
  });
});

describe("createTestDatabase", () => {
  it("creates a migrated database of its own and drops it", async () => {
    const db = await createTestDatabase(getTestDatabaseUrl());
    const name = new URL(db.url).pathname.slice(1);
    expect(await db.prisma.user.count()).toBe(0);
    expect(await databaseExists(name)).toBe(true);
    await db.drop();
    expect(await databaseExists(name)).toBe(false);
  });
});
