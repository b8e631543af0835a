import { z } from "zod";

export const ZRole = z.enum(["REQUESTER", "APPROVER", "ADMIN"]);
export type TRole = z.infer<typeof ZRole>;

/** Stable order for display and comparison. */
const ORDER: readonly TRole[] = ["REQUESTER", "APPROVER", "ADMIN"];

/** A user holds the union of the roles of the groups they belong to. */
export function rolesFromGroups(groups: readonly { roles: readonly TRole[] }[]): TRole[] {
  const held = new Set(groups.flatMap((g) => g.roles));
  return ORDER.filter((role) => held.has(role));
}

export function hasRole(roles: readonly TRole[], role: TRole): boolean {
  return roles.includes(role);
}
