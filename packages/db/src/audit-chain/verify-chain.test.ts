import { describe, expect, it } from "vitest";
import { hashAuditEvent } from "./event-hash.ts";
import { describeChainReport, verifyAuditEvents, type TStoredAuditEvent } from "./verify-chain.ts";

/** A valid chain of `count` events after `legacy` unchained ones, as appendAuditEvent writes them. */
function chain(count: number, legacy = 0): TStoredAuditEvent[] {
  const events: TStoredAuditEvent[] = [];
  let prevHash: string | null = null;
  for (let i = 1; i <= legacy + count; i++) {
    const fields = {
      sequence: BigInt(i),
      actorId: `u${i % 3}`,
      actorLabel: `user${i % 3}@example.com`,
      action: "thing.update",
      objectType: "Thing",
      objectId: `t${i}`,
      data: { n: i, nested: { list: [i, "x"] } },
      ip: i % 2 ? "10.0.0.1" : null,
      createdAt: new Date(Date.UTC(2026, 11, 1, 0, 0, i)),
    };
    if (i <= legacy) {
      events.push({ ...fields, id: BigInt(100 + i), prevHash: null, hash: null });
      continue;
    }
    const hash = hashAuditEvent({ ...fields, prevHash });
    events.push({ ...fields, id: BigInt(100 + i), prevHash, hash });
    prevHash = hash;
  }
  return events;
}

/** Recomputes hashes from `from` on, as someone rewriting history with database access could. */
function rehashFrom(events: TStoredAuditEvent[], from: number): TStoredAuditEvent[] {
  const out = events.slice(0, from);
  let prevHash = from > 0 ? (out[from - 1]?.hash ?? null) : null;
  for (const event of events.slice(from)) {
    const hash = hashAuditEvent({ ...event, prevHash });
    out.push({ ...event, prevHash, hash });
    prevHash = hash;
  }
  return out;
}

describe("verifyAuditEvents", () => {
  it("verifies an intact chain and names its head", () => {
    const events = chain(5);
    const report = verifyAuditEvents(events);
    expect(report).toEqual({
      ok: true,
      verified: 5,
      legacy: 0,
      head: { id: "105", sequence: "5", hash: events[4]?.hash },
      broken: null,
    });
    expect(describeChainReport(report)).toBe(
      `Audit chain intact: 5 events verified. Head: #5 ${events[4]?.hash}.`,
    );
  });

  it("verifies an empty log", () => {
    expect(verifyAuditEvents([])).toMatchObject({ ok: true, verified: 0, head: null });
  });

  it("reports an edited event by id", () => {
    const events = chain(5);
    events[2] = { ...events[2]!, data: { n: 999 } };
    const report = verifyAuditEvents(events);
    expect(report).toMatchObject({
      ok: false,
      verified: 2,
      broken: { kind: "edited", id: "103", sequence: "3", previous: { id: "102", sequence: "2" } },
    });
    expect(describeChainReport(report)).toMatch(
      /^Audit chain BROKEN \(edited\): Event #3 \(id 103\) was changed/,
    );
  });

  it.each([
    ["actorLabel", { actorLabel: "someone-else@example.com" }],
    ["createdAt", { createdAt: new Date(0) }],
    ["hash", { hash: "f".repeat(64) }],
  ])("reports an edit of %s", (_field, change) => {
    const events = chain(3);
    events[1] = { ...events[1]!, ...change };
    expect(verifyAuditEvents(events).broken).toMatchObject({ kind: "edited", id: "102" });
  });

  it("reports a removed event as missing before the next one", () => {
    const events = chain(5);
    events.splice(2, 1);
    expect(verifyAuditEvents(events)).toMatchObject({
      ok: false,
      verified: 2,
      broken: { kind: "missing", id: "104", missing: { from: "3", to: "3" } },
    });
  });

  it("reports removed oldest events", () => {
    const report = verifyAuditEvents(chain(5).slice(2));
    expect(report.broken).toMatchObject({ kind: "missing", id: "103", missing: { from: "1", to: "2" } });
    expect(report.broken?.message).toBe("Events #1–#2 are missing before event #3 (id 103): removed.");
  });

  it("reports an event rewritten with a recomputed hash at the next link", () => {
    const events = chain(5);
    events[1] = { ...events[1]!, data: { n: -1 } };
    events[1] = { ...events[1], hash: hashAuditEvent(events[1]) };
    expect(verifyAuditEvents(events).broken).toMatchObject({
      kind: "unlinked",
      id: "103",
      previous: { id: "102" },
    });
  });

  it("catches a removal hidden by renumbering, unless every later event is rehashed as well", () => {
    const events = chain(5);
    const renumbered = [
      ...events.slice(0, 2),
      ...events.slice(3).map((e) => ({ ...e, sequence: e.sequence - 1n })),
    ];
    expect(verifyAuditEvents(renumbered).broken).toMatchObject({ kind: "edited", id: "104" });
    // Rewriting every later event is invisible to the chain alone: that is what keeping the head elsewhere is for.
    const rewritten = verifyAuditEvents(rehashFrom(renumbered, 2));
    expect(rewritten.ok).toBe(true);
    expect(rewritten.head?.hash).not.toBe(verifyAuditEvents(events).head?.hash);
  });

  it("reports a repeated position", () => {
    const events = chain(3);
    events.splice(2, 0, events[1]!);
    expect(verifyAuditEvents(events).broken).toMatchObject({
      kind: "out-of-order",
      id: "102",
      sequence: "2",
    });
  });

  it("counts an unchained prefix as legacy, apart from verified events", () => {
    const events = chain(3, 4);
    const report = verifyAuditEvents(events);
    expect(report).toMatchObject({ ok: true, verified: 3, legacy: 4, head: { sequence: "7" } });
    expect(describeChainReport(report)).toContain("4 older events predate the chain and cannot be verified");
  });

  it("refuses a hash removed inside the chain", () => {
    const events = chain(4, 1);
    events[3] = { ...events[3]!, hash: null };
    expect(verifyAuditEvents(events).broken).toMatchObject({ kind: "unhashed", id: "104" });
  });

  it("refuses chained events passed off as legacy by removing their hashes", () => {
    const events = chain(4);
    events[0] = { ...events[0]!, hash: null };
    expect(verifyAuditEvents(events).broken).toMatchObject({ kind: "unlinked", id: "102" });
    events[1] = { ...events[1]!, hash: null };
    expect(verifyAuditEvents(events).broken).toMatchObject({ kind: "unhashed", id: "102" });
  });

  it("stops at the first broken link", () => {
    const events = chain(6);
    events[1] = { ...events[1]!, objectId: "x" };
    events[4] = { ...events[4]!, objectId: "y" };
    expect(verifyAuditEvents(events)).toMatchObject({ verified: 1, broken: { id: "102" } });
  });
});
