import type { TRole } from "@stackvend/auth";

export type TNavKey =
  "catalog" | "requests" | "approvals" | "portfolios" | "products" | "tagOptions" | "users" | "audit";

export interface TNavItem {
  key: TNavKey;
  href: string;
}

const ITEMS: readonly (TNavItem & { role: TRole })[] = [
  { key: "catalog", href: "/catalog", role: "REQUESTER" },
  { key: "requests", href: "/requests", role: "REQUESTER" },
  { key: "approvals", href: "/approvals", role: "APPROVER" },
  { key: "portfolios", href: "/admin/portfolios", role: "ADMIN" },
  { key: "products", href: "/admin/products", role: "ADMIN" },
  { key: "tagOptions", href: "/admin/tag-options", role: "ADMIN" },
  { key: "users", href: "/admin/users", role: "ADMIN" },
  { key: "audit", href: "/admin/audit", role: "ADMIN" },
];

/** Navigation for a set of roles, in a fixed order: only what the user may open. */
export function navItemsFor(roles: readonly TRole[]): TNavItem[] {
  return ITEMS.filter((item) => roles.includes(item.role)).map(({ key, href }) => ({ key, href }));
}
