import type { Prisma } from "@stackvend/db";

export const portfolioListSelect = {
  id: true,
  name: true,
  description: true,
  owner: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { products: true, access: true } },
} satisfies Prisma.PortfolioSelect;

type TPortfolioListRow = Prisma.PortfolioGetPayload<{ select: typeof portfolioListSelect }>;

export function toPortfolioListItem({ _count, ...portfolio }: TPortfolioListRow) {
  return { ...portfolio, productCount: _count.products, grantCount: _count.access };
}

export const portfolioAccessSelect = {
  id: true,
  createdAt: true,
  group: { select: { id: true, name: true } },
  user: { select: { id: true, email: true, name: true } },
} satisfies Prisma.PortfolioAccessSelect;

export const portfolioDetailSelect = {
  id: true,
  name: true,
  description: true,
  owner: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  defaultApprovalPolicy: true,
  access: { orderBy: { createdAt: "asc" }, select: portfolioAccessSelect },
  products: {
    orderBy: { product: { name: "asc" } },
    select: { product: { select: { id: true, slug: true, name: true, archivedAt: true } } },
  },
  _count: { select: { constraints: true } },
} satisfies Prisma.PortfolioSelect;
