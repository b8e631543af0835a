import { describe, expect, it } from "vitest";
import { auditFiltersFrom, hasAuditFilters } from "./audit-filter-params";

describe("auditFiltersFrom", () => {
  it("keeps the known filters, first value, trimmed, and blanks the rest", () => {
    const filters = auditFiltersFrom({
      actor: [" dev@x ", "other"],
      action: "request.",
      cursor: "9",
      junk: "x",
    });
    expect(filters).toEqual({
      actor: "dev@x",
      action: "request.",
      objectType: "",
      objectId: "",
      from: "",
      to: "",
    });
    expect(hasAuditFilters(filters)).toBe(true);
    expect(hasAuditFilters(auditFiltersFrom({ cursor: "9" }))).toBe(false);
  });
});
