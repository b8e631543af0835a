import type { Prisma } from "@stackvend/db";

/** What a request list row shows; parameter values stay on the detail page. */
export const requestListSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  stackName: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  product: { select: { name: true, slug: true } },
  productVersion: { select: { label: true } },
  portfolio: { select: { name: true } },
} satisfies Prisma.RequestSelect;
