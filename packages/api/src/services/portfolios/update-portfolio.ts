import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { conflictOn, isUniqueViolation } from "../shared/field-errors.ts";
import type { TPortfolioFields } from "./create-portfolio.ts";
import { portfolioListSelect, toPortfolioListItem } from "./portfolio-select.ts";

export async function updatePortfolio(
  db: TDb,
  caller: TCaller,
  { id, ...changes }: { id: string } & Partial<TPortfolioFields>,
) {
  try {
    return await db.$transaction(async (tx) => {
      const exists = await tx.portfolio.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw notFound("Portfolio");
      if (changes.name !== undefined) {
        const taken = await tx.portfolio.findFirst({
          where: { name: changes.name, id: { not: id } },
          select: { id: true },
        });
        if (taken) throw conflictOn("name", "a portfolio with this name already exists");
      }
      const row = await tx.portfolio.update({ where: { id }, data: changes, select: portfolioListSelect });
      await recordAuditEvent(tx, {
        actor: actorOf(caller),
        action: "portfolio.update",
        objectType: "Portfolio",
        objectId: id,
        data: { ...changes },
      });
      return toPortfolioListItem(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflictOn("name", "a portfolio with this name already exists");
    throw error;
  }
}
