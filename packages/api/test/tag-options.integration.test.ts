import { describe, expect, it } from "vitest";
import { ADMIN, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

describe("tagOptions", () => {
  it("create, list, update; a duplicate key/value is CONFLICT naming value", async () => {
    const admin = await as(ADMIN);
    const key = unique("Team");
    const option = await admin.tagOptions.create({ key, value: "platform", description: "Platform" });
    expect(option).toMatchObject({ key, value: "platform", active: true });
    const dup = await failure(admin.tagOptions.create({ key, value: "platform" }));
    expect(dup).toMatchObject({ code: "CONFLICT", fieldErrors: { value: [expect.any(String)] } });
    const reserved = await failure(admin.tagOptions.create({ key: "aws:team", value: "x" }));
    expect(reserved.message).toMatch(/reserved/);
    await admin.tagOptions.update({ id: option.id, active: false, description: "Retired" });
    expect((await admin.tagOptions.list({ key })).items).toEqual([]);
    expect((await admin.tagOptions.list({ key, includeInactive: true })).items[0]).toMatchObject({
      active: false,
      description: "Retired",
    });
    expect((await failure(admin.tagOptions.update({ id: "nope", active: true }))).code).toBe("NOT_FOUND");
    expect(await db().prisma.auditEvent.count({ where: { objectId: option.id } })).toBe(2);
  });
});
