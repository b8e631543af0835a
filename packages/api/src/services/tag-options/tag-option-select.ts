import type { Prisma } from "@stackvend/db";

export const tagOptionSelect = {
  id: true,
  key: true,
  value: true,
  description: true,
  active: true,
  createdAt: true,
} satisfies Prisma.TagOptionSelect;
