import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { ZApprovalPolicyDefinition } from "../approvals/approval-policy.ts";
import { portfolioDetailSelect } from "./portfolio-select.ts";

export async function getPortfolio(db: TDb, { id }: { id: string }) {
  const row = await db.portfolio.findUnique({ where: { id }, select: portfolioDetailSelect });
  if (!row) throw notFound("Portfolio");
  const { products, _count, defaultApprovalPolicy, ...portfolio } = row;
  const policy = ZApprovalPolicyDefinition.safeParse(defaultApprovalPolicy);
  return {
    ...portfolio,
    defaultApprovalPolicy: defaultApprovalPolicy != null && policy.success ? policy.data : null,
    products: products.map((p) => p.product),
    constraintCount: _count.constraints,
  };
}
