import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeAuditEvent, hashAuditEvent, type TChainedFields } from "./event-hash.ts";

const event: TChainedFields = {
  sequence: 42n,
  actorId: "u1",
  actorLabel: "ana@example.com",
  action: "portfolio.create",
  objectType: "Portfolio",
  objectId: "p1",
  data: { name: "Dev", owner: "Platform" },
  ip: "10.0.0.1",
  createdAt: new Date("2026-12-01T10:20:30.456Z"),
  prevHash: "0".repeat(64),
};

describe("encodeAuditEvent", () => {
  it("is one canonical JSON object over every hashed field", () => {
    expect(encodeAuditEvent(event)).toBe(
      '{"action":"portfolio.create","actorId":"u1","actorLabel":"ana@example.com","createdAt":"2026-12-01T10:20:30.456Z",' +
        '"data":{"name":"Dev","owner":"Platform"},"format":"stackvend.audit.v1","ip":"10.0.0.1","objectId":"p1",' +
        `"objectType":"Portfolio","prevHash":"${"0".repeat(64)}","sequence":"42"}`,
    );
  });

  it("does not depend on the key order of data", () => {
    expect(encodeAuditEvent({ ...event, data: { owner: "Platform", name: "Dev" } })).toBe(
      encodeAuditEvent(event),
    );
  });
});

describe("hashAuditEvent", () => {
  it("is the sha256 hex of the encoding (pinned: changing the format breaks every stored chain)", () => {
    const hash = hashAuditEvent(event);
    expect(hash).toBe(createHash("sha256").update(encodeAuditEvent(event)).digest("hex"));
    expect(hash).toMatchInlineSnapshot(`"ea16fa00c425e24000c82fcb7f32b4d0d64be7a2de2ae3a06f88b93c96cdc298"`);
  });

  it.each<[string, Partial<TChainedFields>]>([
    ["sequence", { sequence: 43n }],
    ["actorId", { actorId: null }],
    ["actorLabel", { actorLabel: "eve@example.com" }],
    ["action", { action: "portfolio.archive" }],
    ["objectType", { objectType: "Product" }],
    ["objectId", { objectId: "p2" }],
    ["data", { data: { name: "Dev", owner: "Someone else" } }],
    ["ip", { ip: null }],
    ["createdAt", { createdAt: new Date("2026-12-01T10:20:30.457Z") }],
    ["prevHash", { prevHash: null }],
  ])("changes when %s changes", (_field, change) => {
    expect(hashAuditEvent({ ...event, ...change })).not.toBe(hashAuditEvent(event));
  });
});
