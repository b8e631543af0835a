import { type PGlite } from "@electric-sql/pglite";
import { createPGlite } from "../pglite.ts";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type TDb } from "../client.ts";
import { deployMigrations, pgliteTarget } from "../migrations/deploy.ts";
import { defaultMigrationsDir } from "../paths.ts";
import { appendAuditEvent, appendStandaloneAuditEvent } from "./append-audit-event.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

let pglite: PGlite;
let clients: TDb[];

beforeAll(async () => {
  pglite = await createPGlite();
  await deployMigrations(pgliteTarget(pglite), defaultMigrationsDir());
  // Two Prisma clients on one embedded database, as two parts of one server process would have.
  clients = [createPrismaClient(new PrismaPGlite(pglite)), createPrismaClient(new PrismaPGlite(pglite))];
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await pglite?.close();
});

describe("appendAuditEvent on the embedded database", () => {
  it("keeps one linear chain with 50 concurrent writers from two clients", async () => {
    const [a, b] = clients as [TDb, TDb];
    await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        n % 2
          ? appendStandaloneAuditEvent(a, {
              actorId: null,
              actorLabel: "a",
              action: "test.write",
              objectType: "Test",
              objectId: `t${n}`,
              data: { n },
            })
          : b.$transaction(async (tx) => {
              await tx.auditEvent.count();
              return appendAuditEvent(tx, {
                actorId: null,
                actorLabel: "b",
                action: "test.write",
                objectType: "Test",
                objectId: `t${n}`,
                data: { n, at: new Date() },
                ip: "127.0.0.1",
              });
            }),
      ),
    );
    const rows = await a.auditEvent.findMany({ orderBy: { sequence: "asc" }, select: { sequence: true } });
    expect(rows.map((r) => Number(r.sequence))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await verifyAuditChain(b, { batchSize: 8 })).toMatchObject({ ok: true, verified: 50, legacy: 0 });
  });

  it("reports an edited row", async () => {
    const [a] = clients as [TDb];
    await a.$executeRaw`UPDATE "AuditEvent" SET "actorLabel" = 'mallory' WHERE "sequence" = 17`;
    const id = (await a.auditEvent.findUniqueOrThrow({ where: { sequence: 17n }, select: { id: true } })).id;
    expect((await verifyAuditChain(a)).broken).toMatchObject({
      kind: "edited",
      id: id.toString(),
      sequence: "17",
    });
  });
});
