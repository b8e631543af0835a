import type { TDb } from "@stackvend/db";
import { accessiblePortfolioWhere } from "../catalog/catalog-access.ts";
import { decidableNowWhere } from "../approvals/list-approval-queue.ts";
import type { TCaller } from "../shared/caller.ts";

export interface THomeSummary {
  requester?: { portfolios: number; products: number; openRequests: number; drafts: number };
  approver?: { waiting: number };
  admin?: { users: number; portfolios: number; products: number };
}

/** Requests still going somewhere: waiting on an approver, on the requester's changes, or approved. */
const OPEN = ["SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] as const;

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
      db.request.count({ where: { requesterId: caller.id, status: { in: [...OPEN] } } }),
      db.request.count({ where: { requesterId: caller.id, status: "DRAFT" } }),
    ]);
    summary.requester = { portfolios, products, openRequests, drafts };
  }
  if (caller.roles.includes("APPROVER")) {
    // The same rule as the queue and its badge: what the caller may decide now.
    const waiting = await db.request.count({ where: decidableNowWhere(caller) });
    summary.approver = { waiting };
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
