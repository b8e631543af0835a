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
