import type { TDb } from "@stackvend/db";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { conflictOn, invalidField } from "../shared/field-errors.ts";

/**
 * Maps a directory group to Stackvend groups. Takes effect at each member's
 * next sign-in through the provider; groups already mapped are left as they are.
 */
export async function createDirectoryMapping(
  db: TDb,
  caller: TCaller,
  input: { directoryGroup: string; groupIds: string[] },
) {
  const groupIds = [...new Set(input.groupIds)];
  return db.$transaction(async (tx) => {
    const groups = await tx.group.findMany({ where: { id: { in: groupIds } }, select: { id: true } });
    if (groups.length !== groupIds.length) throw invalidField("groupIds", "every group must exist");
    const existing = await tx.directoryGroupMapping.findMany({
      where: { directoryGroup: input.directoryGroup, groupId: { in: groupIds } },
      select: { groupId: true },
    });
    const taken = new Set(existing.map((m) => m.groupId));
    const added = groupIds.filter((id) => !taken.has(id));
    if (added.length === 0) throw conflictOn("groupIds", "this directory group already maps to these groups");
    await tx.directoryGroupMapping.createMany({
      data: added.map((groupId) => ({ directoryGroup: input.directoryGroup, groupId })),
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "sso.mapping.create",
      objectType: "DirectoryGroupMapping",
      objectId: input.directoryGroup,
      data: { directoryGroup: input.directoryGroup, groupIds: added },
    });
    return { directoryGroup: input.directoryGroup, added };
  });
}
