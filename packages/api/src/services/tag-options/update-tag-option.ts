import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { tagOptionSelect } from "./tag-option-select.ts";

/** Key and value are the option's identity; only whether it is offered and its description change. */
export async function updateTagOption(
  db: TDb,
  caller: TCaller,
  { id, ...changes }: { id: string; active?: boolean; description?: string },
) {
  return db.$transaction(async (tx) => {
    const exists = await tx.tagOption.findUnique({ where: { id }, select: { id: true } });
    if (!exists) throw notFound("Tag option");
    const row = await tx.tagOption.update({ where: { id }, data: changes, select: tagOptionSelect });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "tag-option.update",
      objectType: "TagOption",
      objectId: id,
      data: { ...changes },
    });
    return row;
  });
}
