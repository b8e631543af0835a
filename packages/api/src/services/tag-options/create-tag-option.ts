import type { TDb } from "@stackvend/db";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { conflictOn, isUniqueViolation } from "../shared/field-errors.ts";
import { tagOptionSelect } from "./tag-option-select.ts";

const TAKEN = "this key already has this value";

export async function createTagOption(
  db: TDb,
  caller: TCaller,
  input: { key: string; value: string; description: string },
) {
  try {
    return await db.$transaction(async (tx) => {
      const exists = await tx.tagOption.findUnique({
        where: { key_value: { key: input.key, value: input.value } },
        select: { id: true },
      });
      if (exists) throw conflictOn("value", TAKEN);
      const row = await tx.tagOption.create({ data: input, select: tagOptionSelect });
      await recordAuditEvent(tx, {
        actor: actorOf(caller),
        action: "tag-option.create",
        objectType: "TagOption",
        objectId: row.id,
        data: { ...input },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflictOn("value", TAKEN);
    throw error;
  }
}
