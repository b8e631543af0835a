import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type TDb } from "../client.ts";
import { deployMigrations, postgresTarget } from "../migrations/deploy.ts";
import { migrationNames, readMigrationList } from "../migrations/migration-directory.ts";
import { defaultMigrationsDir } from "../paths.ts";
import { createTestDatabase, getTestDatabaseUrl, type TTestDatabase } from "../testing/index.ts";
import {
  appendAuditEvent,
  appendStandaloneAuditEvent,
  type TAuditEventRecord,
} from "./append-audit-event.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

const databases: TTestDatabase[] = [];
const clients: TDb[] = [];
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "stackvend-audit-chain-"));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await Promise.all(databases.map((d) => d.drop()));
  await rm(scratch, { recursive: true, force: true });
});

/** A second app instance: its own Prisma client and connection pool on the same database. */
function anotherInstance(url: string): TDb {
  const client = createPrismaClient(new PrismaPg({ connectionString: url }));
  clients.push(client);
  return client;
}

/** 50 writers queue for one lock and ten pooled connections; a loaded test machine needs time. */
const slowMachine = { maxWait: 30_000, timeout: 30_000 };

const event = (n: number, instance: string): TAuditEventRecord => ({
  actorId: null,
  actorLabel: `instance-${instance}`,
  action: "test.write",
  objectType: "Test",
  objectId: `t${n}`,
  data: { n, at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)), nested: { b: 2, a: [1, "x"] } },
  ip: n % 2 ? "10.0.0.1" : undefined,
});

describe("appendAuditEvent on PostgreSQL", () => {
  it("keeps one linear chain with 50 concurrent writers from two instances", async () => {
    const db = await createTestDatabase(getTestDatabaseUrl());
    databases.push(db);
    const [a, b] = [db.prisma, anotherInstance(db.url)];
    await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        n % 2
          ? appendStandaloneAuditEvent(a, event(n, "a"))
          : // Half of them inside a transaction that does other work first, as the services do.
            b.$transaction(async (tx) => {
              await tx.$executeRaw`SELECT pg_sleep(0.005)`;
              return appendAuditEvent(tx, event(n, "b"));
            }, slowMachine),
      ),
    );
    const rows = await a.auditEvent.findMany({ orderBy: { sequence: "asc" }, select: { sequence: true } });
    expect(rows.map((r) => Number(r.sequence))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await verifyAuditChain(a, { batchSize: 7 })).toMatchObject({ ok: true, verified: 50, legacy: 0 });
    expect(
      await a.auditEvent.groupBy({
        by: ["prevHash"],
        _count: true,
        having: { prevHash: { _count: { gt: 1 } } },
      }),
    ).toEqual([]);
  });

  it("rolls the event back with the transaction that recorded it, leaving no gap", async () => {
    const db = await createTestDatabase(getTestDatabaseUrl());
    databases.push(db);
    await appendStandaloneAuditEvent(db.prisma, event(1, "a"));
    await expect(
      db.prisma.$transaction(async (tx) => {
        await appendAuditEvent(tx, event(2, "a"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await appendStandaloneAuditEvent(db.prisma, event(3, "a"));
    expect(await verifyAuditChain(db.prisma)).toMatchObject({
      ok: true,
      verified: 2,
      head: { sequence: "2" },
    });
  });

  it("migrates existing events into an unchained legacy prefix that the chain continues after", async () => {
    const db = await createTestDatabase(getTestDatabaseUrl(), { migrate: false });
    databases.push(db);
    const all = await readMigrationList(defaultMigrationsDir());
    const chainMigration = migrationNames(all).find((name) => name.endsWith("_audit_hash_chain"));
    expect(chainMigration).toBeDefined();
    const before = join(scratch, "before-chain");
    await cp(defaultMigrationsDir(), before, { recursive: true });
    for (const name of migrationNames(all).filter((n) => n >= chainMigration!)) {
      await rm(join(before, name), { recursive: true });
    }
    await deployMigrations(postgresTarget(db.url), before);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const id of [3, 5, 9]) {
        await client.query(
          `INSERT INTO "AuditEvent" ("id", "actorLabel", "action", "objectType", "objectId") VALUES ($1, 'system', 'old.thing', 'Old', $2)`,
          [id, `o${id}`],
        );
      }
    } finally {
      await client.end();
    }
    await deployMigrations(postgresTarget(db.url), defaultMigrationsDir());

    const prisma = anotherInstance(db.url);
    const legacy = await prisma.auditEvent.findMany({
      orderBy: { id: "asc" },
      select: { id: true, sequence: true, hash: true },
    });
    expect(legacy.map((r) => [Number(r.id), Number(r.sequence), r.hash])).toEqual([
      [3, 1, null],
      [5, 2, null],
      [9, 3, null],
    ]);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, verified: 0, legacy: 3, head: null });

    await appendStandaloneAuditEvent(prisma, event(1, "a"));
    await appendStandaloneAuditEvent(prisma, event(2, "a"));
    expect(await verifyAuditChain(prisma)).toMatchObject({
      ok: true,
      verified: 2,
      legacy: 3,
      head: { sequence: "5" },
    });
    await prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = 5`;
    expect((await verifyAuditChain(prisma)).broken).toMatchObject({ kind: "missing", id: "9" });
  });
});
