import type { Prisma } from "@stackvend/db";

/** Version metadata without its source; the source is returned only where a page shows it. */
export const versionSummarySelect = {
  id: true,
  label: true,
  releaseNotes: true,
  status: true,
  digest: true,
  templateFormat: true,
  createdAt: true,
  deprecatedAt: true,
} satisfies Prisma.ProductVersionSelect;

export const adminProductSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  owner: true,
  tags: true,
  supportUrl: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  portfolios: {
    orderBy: { portfolio: { name: "asc" } },
    select: { portfolio: { select: { id: true, name: true, archivedAt: true } } },
  },
  versions: { orderBy: { createdAt: "desc" }, select: versionSummarySelect },
  _count: { select: { versions: true } },
} satisfies Prisma.ProductSelect;

type TAdminProductRow = Prisma.ProductGetPayload<{ select: typeof adminProductSelect }>;

export function toAdminProduct({ portfolios, _count, ...product }: TAdminProductRow) {
  return { ...product, portfolios: portfolios.map((p) => p.portfolio), versionCount: _count.versions };
}
