import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";

/** Unmaps one Stackvend group; members lose it at their next sign-in through the provider. */
export async function deleteDirectoryMapping(
  db: TDb,
  caller: TCaller,
  input: { directoryGroup: string; groupId: string },
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.directoryGroupMapping.deleteMany({
      where: { directoryGroup: input.directoryGroup, groupId: input.groupId },
    });
    if (count === 0) throw notFound("Mapping");
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "sso.mapping.delete",
      objectType: "DirectoryGroupMapping",
      objectId: input.directoryGroup,
      data: { ...input },
    });
    return { ok: true as const };
  });
}
