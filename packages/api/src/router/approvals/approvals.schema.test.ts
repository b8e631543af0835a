import { describe, expect, it } from "vitest";
import { ZApprovalQueueInput } from "./approvals.schema.ts";

describe("ZApprovalQueueInput", () => {
  it("defaults to a page of 100 with or without an input", () => {
    expect(ZApprovalQueueInput.parse(undefined)).toEqual({ limit: 100 });
    expect(ZApprovalQueueInput.parse({})).toEqual({ limit: 100 });
  });

  it("takes a page size from 1 to 200", () => {
    expect(ZApprovalQueueInput.parse({ limit: 200 })).toEqual({ limit: 200 });
    expect(ZApprovalQueueInput.safeParse({ limit: 0 }).success).toBe(false);
    expect(ZApprovalQueueInput.safeParse({ limit: 201 }).success).toBe(false);
    expect(ZApprovalQueueInput.safeParse({ limit: 1.5 }).success).toBe(false);
  });
});
