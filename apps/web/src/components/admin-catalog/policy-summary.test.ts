import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../../messages/en/admin-catalog.json";
import ko from "../../../messages/ko/admin-catalog.json";
import { summarizeApprovalPolicy, type TSummaryTranslate } from "./policy-summary";
import type { TApprovalPolicyDefinition } from "./types";

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "approvalSummary" }) as TSummaryTranslate,
  ko: createTranslator({ locale: "ko", messages: ko, namespace: "approvalSummary" }) as TSummaryTranslate,
};
const summarize = (policy: TApprovalPolicyDefinition, locale: "en" | "ko" = "en") =>
  summarizeApprovalPolicy(policy, translators[locale], locale);

const TWO_STAGES: TApprovalPolicyDefinition = {
  stages: [
    { name: "Team lead", approverGroup: "Dev leads", required: 1 },
    { name: "Security review", approverGroup: "Security", required: 2 },
  ],
};

describe("summarizeApprovalPolicy", () => {
  it("says the built-in policy in one line", () => {
    const summary = summarize({ stages: [{ name: "Approval", required: 1 }] });
    expect(summary).toEqual({
      stages: "1 stage: any approver",
      stageLines: ["Approval: any approver"],
      autoApprove: null,
      costNote: null,
      timing: null,
    });
  });

  it("chains stages in order, with each stage's group and count", () => {
    const summary = summarize(TWO_STAGES);
    expect(summary.stages).toBe("2 stages: 1 of Dev leads, then 2 of Security");
    expect(summary.stageLines).toEqual(["Team lead: 1 of Dev leads", "Security review: 2 of Security"]);
    const reordered = summarize({ stages: [...TWO_STAGES.stages].reverse() });
    expect(reordered.stages).toBe("2 stages: 2 of Security, then 1 of Dev leads");
  });

  it("names all members and several approvers from anyone", () => {
    const summary = summarize({
      stages: [
        { name: "Peers", required: 3 },
        { name: "Owners", approverGroup: "Platform", required: "ALL" },
        { name: "Final", required: 1 },
      ],
    });
    expect(summary.stages).toBe("3 stages: any 3 approvers, then all of Platform, then any approver");
  });

  it("lists every auto-approval condition, joined with and, values with or", () => {
    const summary = summarize({
      ...TWO_STAGES,
      autoApprove: {
        kinds: ["PROVISION", "UPDATE"],
        parameters: [{ parameter: "InstanceType", values: ["t3.micro", "t3.small"] }],
        maxMonthlyCost: 50,
      },
    });
    expect(summary.autoApprove).toBe(
      "Approved automatically when the request is a new stack or an update, InstanceType is t3.micro or t3.small, and the estimated cost is at most $50.00 a month; other requests go through the stages.",
    );
    expect(summary.costNote).toBe(
      "A request whose cost cannot be estimated is never approved automatically.",
    );
  });

  it("warns that auto-approval with no condition approves everything", () => {
    const summary = summarize({ ...TWO_STAGES, autoApprove: {} });
    expect(summary.autoApprove).toBe(
      "Every request is approved automatically when submitted; the stages never apply.",
    );
    expect(summary.costNote).toBeNull();
  });

  it("mentions expiry and reminders when set", () => {
    expect(summarize({ ...TWO_STAGES, expireAfterDays: 14, remindAfterHours: 1 }).timing).toBe(
      "Requests still undecided after 14 days expire. Deciders are reminded after 1 hour in a stage.",
    );
    expect(summarize({ ...TWO_STAGES, remindAfterHours: 24 }).timing).toBe(
      "Deciders are reminded after 24 hours in a stage.",
    );
  });

  it("reads a draft with blanks without failing", () => {
    const summary = summarize({
      stages: [
        { name: "", approverGroup: "Security", required: Number.NaN },
        { name: " ", required: Number.NaN },
      ],
      autoApprove: { parameters: [{ parameter: "", values: [] }], maxMonthlyCost: Number.NaN },
    });
    expect(summary.stages).toBe("2 stages: ? of Security, then any approvers (how many is not set)");
    expect(summary.stageLines).toEqual([
      "Stage 1: ? of Security",
      "Stage 2: any approvers (how many is not set)",
    ]);
    expect(summary.autoApprove).toMatch(/^Every request/);
  });

  it("says the same in Korean", () => {
    const summary = summarize(
      {
        ...TWO_STAGES,
        autoApprove: { kinds: ["TERMINATE"], maxMonthlyCost: 100 },
        expireAfterDays: 7,
      },
      "ko",
    );
    expect(summary.stages).toBe("2단계: Dev leads 중 1명, 이어서 Security 중 2명");
    expect(summary.autoApprove).toContain("요청 종류가 종료");
    expect(summary.autoApprove).toContain("예상 비용이 월 US$100.00 이하");
    expect(summary.timing).toBe("7일이 지나도 결정되지 않은 요청은 만료됩니다.");
  });
});
