import type { TDb } from "@stackvend/db";
import { countApprovalQueue } from "../approvals/list-approval-queue.ts";
import { accessiblePortfolioWhere } from "../catalog/catalog-access.ts";
import type { TCaller } from "../shared/caller.ts";

export interface THomeSummary {
  requester?: { portfolios: number; products: number; openRequests: number; drafts: number };
  approver?: { waiting: number };
  admin?: { users: number; portfolios: number; products: number };
}

/** What this user may do, as counts for the home page: only the sections their roles allow. */
export async function getHomeSummary(db: TDb, caller: TCaller): Promise<THomeSummary> {
  const summary: THomeSummary = {};
  if (caller.roles.includes("REQUESTER")) {
    const portfolioWhere = accessiblePortfolioWhere(caller);
    const [portfolios, products, openRequests, drafts] = await Promise.all([
      db.portfolio.count({ where: portfolioWhere }),
      db.product.count({
        where: { archivedAt: null, portfolios: { some: { portfolio: portfolioWhere } } },
      }),
      db.request.count({
        where: { requesterId: caller.id, status: { in: ["SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] } },
      }),
      db.request.count({ where: { requesterId: caller.id, status: "DRAFT" } }),
    ]);
    summary.requester = { portfolios, products, openRequests, drafts };
  }
  if (caller.roles.includes("APPROVER")) {
    summary.approver = { waiting: (await countApprovalQueue(db, caller)).count };
  }
  if (caller.roles.includes("ADMIN")) {
    const [users, portfolios, products] = await Promise.all([
      db.user.count(),
      db.portfolio.count({ where: { archivedAt: null } }),
      db.product.count({ where: { archivedAt: null } }),
    ]);
    summary.admin = { users, portfolios, products };
  }
  return summary;
}
