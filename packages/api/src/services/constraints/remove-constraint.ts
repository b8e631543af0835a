import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";

export async function removeConstraint(db: TDb, caller: TCaller, { id }: { id: string }) {
  return db.$transaction(async (tx) => {
    const row = await tx.constraint.findUnique({
      where: { id },
      select: { portfolioId: true, productId: true, kind: true, definition: true },
    });
    if (!row) throw notFound("Constraint");
    await tx.constraint.delete({ where: { id } });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "constraint.remove",
      objectType: "Constraint",
      objectId: id,
      data: { ...row },
    });
    return { removed: true as const };
  });
}
