import type { TDb } from "@stackvend/db";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { conflictOn, isUniqueViolation } from "../shared/field-errors.ts";
import { portfolioListSelect, toPortfolioListItem } from "./portfolio-select.ts";

export interface TPortfolioFields {
  name: string;
  description: string;
  owner: string;
}

export async function createPortfolio(db: TDb, caller: TCaller, input: TPortfolioFields) {
  try {
    return await db.$transaction(async (tx) => {
      const taken = await tx.portfolio.findUnique({ where: { name: input.name }, select: { id: true } });
      if (taken) throw conflictOn("name", "a portfolio with this name already exists");
      const row = await tx.portfolio.create({ data: input, select: portfolioListSelect });
      await recordAuditEvent(tx, {
        actor: actorOf(caller),
        action: "portfolio.create",
        objectType: "Portfolio",
        objectId: row.id,
        data: { ...input },
      });
      return toPortfolioListItem(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflictOn("name", "a portfolio with this name already exists");
    throw error;
  }
}
