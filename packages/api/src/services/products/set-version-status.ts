import type { TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { versionSummarySelect } from "./product-select.ts";

/**
 * Deprecated versions take no new orders; requests already made on them keep
 * working. One guarded update, so two admins racing cannot both win.
 */
export async function setVersionStatus(
  db: TDb,
  caller: TCaller,
  { versionId, status }: { versionId: string; status: "ACTIVE" | "DEPRECATED" },
) {
  const from = status === "DEPRECATED" ? "ACTIVE" : "DEPRECATED";
  return db.$transaction(async (tx) => {
    const { count } = await tx.productVersion.updateMany({
      where: { id: versionId, status: from },
      data: { status, deprecatedAt: status === "DEPRECATED" ? new Date() : null },
    });
    if (count === 0) {
      const exists = await tx.productVersion.findUnique({ where: { id: versionId }, select: { id: true } });
      if (!exists) throw notFound("Product version");
      throw new AppError("INVALID_TRANSITION", `Version is already ${status.toLowerCase()}`);
    }
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: status === "DEPRECATED" ? "product.deprecate-version" : "product.reactivate-version",
      objectType: "ProductVersion",
      objectId: versionId,
    });
    return tx.productVersion.findUniqueOrThrow({ where: { id: versionId }, select: versionSummarySelect });
  });
}
