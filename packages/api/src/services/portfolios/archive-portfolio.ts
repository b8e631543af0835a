import type { TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { portfolioListSelect, toPortfolioListItem } from "./portfolio-select.ts";

/**
 * Archiving hides a portfolio from every requester at once (catalog, orders)
 * while keeping its requests and history; unarchiving brings it back.
 */
export async function setPortfolioArchived(
  db: TDb,
  caller: TCaller,
  { id, archived }: { id: string; archived: boolean },
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.portfolio.updateMany({
      where: { id, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (count === 0) {
      const exists = await tx.portfolio.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw notFound("Portfolio");
      throw new AppError(
        "INVALID_TRANSITION",
        archived ? "Portfolio is already archived" : "Portfolio is not archived",
      );
    }
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: archived ? "portfolio.archive" : "portfolio.unarchive",
      objectType: "Portfolio",
      objectId: id,
    });
    return toPortfolioListItem(
      await tx.portfolio.findUniqueOrThrow({ where: { id }, select: portfolioListSelect }),
    );
  });
}
