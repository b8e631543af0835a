import type { TRole } from "@stackvend/auth";

export type TNavKey =
  | "catalog"
  | "requests"
  | "myProducts"
  | "approvals"
  | "portfolios"
  | "products"
  | "provisioned"
  | "tagOptions"
  | "users"
  | "sso"
  | "notifications"
  | "audit";

export interface TNavItem {
  key: TNavKey;
  href: string;
}

/** An item shows for any of its roles; catalog admins may decide approvals too. */
const ITEMS: readonly (TNavItem & { roles: readonly TRole[] })[] = [
  { key: "catalog", href: "/catalog", roles: ["REQUESTER"] },
  { key: "requests", href: "/requests", roles: ["REQUESTER"] },
  { key: "myProducts", href: "/products", roles: ["REQUESTER"] },
  { key: "approvals", href: "/approvals", roles: ["APPROVER", "ADMIN"] },
  { key: "portfolios", href: "/admin/portfolios", roles: ["ADMIN"] },
  { key: "products", href: "/admin/products", roles: ["ADMIN"] },
  { key: "provisioned", href: "/admin/provisioned", roles: ["ADMIN"] },
  { key: "tagOptions", href: "/admin/tag-options", roles: ["ADMIN"] },
  { key: "users", href: "/admin/users", roles: ["ADMIN"] },
  { key: "sso", href: "/admin/sso", roles: ["ADMIN"] },
  { key: "notifications", href: "/admin/notifications", roles: ["ADMIN"] },
  { key: "audit", href: "/admin/audit", roles: ["ADMIN"] },
];

/** Navigation for a set of roles, in a fixed order: only what the user may open. */
export function navItemsFor(roles: readonly TRole[]): TNavItem[] {
  return ITEMS.filter((item) => item.roles.some((role) => roles.includes(role))).map(({ key, href }) => ({
    key,
    href,
  }));
}
