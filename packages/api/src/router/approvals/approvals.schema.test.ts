import { describe, expect, it } from "vitest";
import { ZApprovalQueueInput, ZDecideInput } from "./approvals.schema.ts";

describe("ZApprovalQueueInput", () => {
  it("defaults to a page of 25 with or without an input", () => {
    expect(ZApprovalQueueInput.parse(undefined)).toEqual({ limit: 25 });
    expect(ZApprovalQueueInput.parse({})).toEqual({ limit: 25 });
  });

  it("takes a page size from 1 to 100", () => {
    expect(ZApprovalQueueInput.parse({ limit: 100 })).toEqual({ limit: 100 });
    expect(ZApprovalQueueInput.safeParse({ limit: 0 }).success).toBe(false);
    expect(ZApprovalQueueInput.safeParse({ limit: 101 }).success).toBe(false);
    expect(ZApprovalQueueInput.safeParse({ limit: 1.5 }).success).toBe(false);
  });
});

describe("ZDecideInput", () => {
  const digest = "a".repeat(64);

  it("approves without a comment", () => {
    expect(ZDecideInput.parse({ id: "r1", decision: "APPROVE", digest })).toEqual({
      id: "r1",
      decision: "APPROVE",
      comment: "",
      digest,
    });
  });

  it("needs a comment to reject or request changes, naming the field", () => {
    for (const decision of ["REJECT", "REQUEST_CHANGES"]) {
      const result = ZDecideInput.safeParse({ id: "r1", decision, comment: "   ", digest });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ["comment"],
        message: expect.stringMatching(/required/),
      });
    }
  });

  it("needs the digest of the rendered template", () => {
    const result = ZDecideInput.safeParse({ id: "r1", decision: "APPROVE", digest: "abc" });
    expect(result.error?.issues[0]?.path).toEqual(["digest"]);
  });
});
