import { describe, expect, it } from "vitest";
import { ADMIN, DEV, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

describe("sso directory group mappings", () => {
  it("an admin maps a directory group to several groups, lists and removes them, each change audited", async () => {
    const admin = await as(ADMIN);
    const { items: groups } = await admin.groups.list();
    const dev = groups.find((g) => g.name === "Dev")!;
    const approvers = groups.find((g) => g.roles.includes("APPROVER"))!;
    const directoryGroup = unique("cn=platform,ou=groups");

    await admin.sso.create({ directoryGroup, groupIds: [dev.id, approvers.id, dev.id] });
    const listed = (await admin.sso.list()).items.find((m) => m.directoryGroup === directoryGroup);
    expect(listed?.groups.map((g) => g.id).sort()).toEqual([dev.id, approvers.id].sort());

    const again = await failure(admin.sso.create({ directoryGroup, groupIds: [dev.id] }));
    expect(again).toMatchObject({ code: "CONFLICT", fieldErrors: { groupIds: [expect.any(String)] } });
    const unknown = await failure(admin.sso.create({ directoryGroup, groupIds: ["no-such-group"] }));
    expect(unknown).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { groupIds: ["every group must exist"] },
    });
    const empty = await failure(admin.sso.create({ directoryGroup: " ", groupIds: [] }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toMatch(/directory group is required/);

    await admin.sso.delete({ directoryGroup, groupId: dev.id });
    expect((await admin.sso.list()).items.find((m) => m.directoryGroup === directoryGroup)?.groups).toEqual([
      expect.objectContaining({ id: approvers.id }),
    ]);
    expect((await failure(admin.sso.delete({ directoryGroup, groupId: dev.id }))).code).toBe("NOT_FOUND");
    const events = await db().prisma.auditEvent.findMany({
      where: { objectType: "DirectoryGroupMapping", objectId: directoryGroup },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["sso.mapping.create", "sso.mapping.delete"]);
  });

  it("is for admins only", async () => {
    const requester = await as(DEV);
    expect((await failure(requester.sso.list())).code).toBe("FORBIDDEN");
    expect((await failure(requester.sso.create({ directoryGroup: "x", groupIds: ["y"] }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
