import { firstParam } from "@/lib/search-params";

export const AUDIT_FILTER_KEYS = ["actor", "action", "objectType", "objectId", "from", "to"] as const;
export type TAuditFilters = Record<(typeof AUDIT_FILTER_KEYS)[number], string>;

/** The filters as they are in the URL, so a filtered view is a link and the form works without JavaScript. */
export function auditFiltersFrom(params: Record<string, string | string[] | undefined>): TAuditFilters {
  return Object.fromEntries(
    AUDIT_FILTER_KEYS.map((key) => [key, firstParam(params[key], 254)]),
  ) as TAuditFilters;
}

export function hasAuditFilters(filters: TAuditFilters): boolean {
  return AUDIT_FILTER_KEYS.some((key) => filters[key] !== "");
}
