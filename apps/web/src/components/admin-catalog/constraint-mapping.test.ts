import { describe, expect, it } from "vitest";
import {
  addParameterCondition,
  addStage,
  approvalPolicyDefinition,
  approvalPolicyForm,
  moveStage,
  policyErrors,
  removeStage,
  sentPolicyOf,
  parameterErrorsByName,
  parameterRowsFrom,
  parameterValuesDefinition,
  parseRulesText,
  rulesToText,
} from "./constraint-mapping";

const FIELDS = [
  {
    name: "InstanceType",
    label: "Instance type",
    options: ["t3.micro", "t3.small", "m5.large"],
    secret: false,
  },
  { name: "BucketName", label: "Bucket name", secret: false },
  { name: "DbPassword", label: "Password", secret: true },
];

describe("parameter values", () => {
  it("offers every non-secret parameter, with its AllowedValues when it has them", () => {
    const rows = parameterRowsFrom(FIELDS, null);
    expect(rows.map((r) => [r.parameter, r.enabled, r.options?.length])).toEqual([
      ["InstanceType", false, 3],
      ["BucketName", false, undefined],
    ]);
  });

  it("round-trips a definition through the form", () => {
    const definition = {
      parameters: [
        { parameter: "InstanceType", allowedValues: ["t3.micro", "t3.small"], description: "Only t3 in Dev" },
        { parameter: "BucketName", allowedPattern: "^dev-" },
      ],
    };
    const rows = parameterRowsFrom(FIELDS, definition);
    expect(rows.every((r) => r.enabled)).toBe(true);
    expect(parameterValuesDefinition(rows)).toEqual(definition);
  });

  it("sends values for select parameters and a trimmed pattern for free text", () => {
    const rows = parameterRowsFrom(FIELDS, null).map((r) =>
      r.parameter === "InstanceType"
        ? { ...r, enabled: true, values: ["t3.micro"] }
        : { ...r, enabled: true, pattern: "  ^dev-  " },
    );
    expect(parameterValuesDefinition(rows).parameters).toEqual([
      { parameter: "InstanceType", allowedValues: ["t3.micro"] },
      { parameter: "BucketName", allowedPattern: "^dev-" },
    ]);
  });

  it("maps server errors by index back to the parameter they concern", () => {
    const rows = parameterRowsFrom(FIELDS, null).map((r) =>
      r.parameter === "BucketName" ? { ...r, enabled: true, pattern: "(" } : r,
    );
    expect(
      parameterErrorsByName(rows, {
        "definition.parameters.0.allowedPattern": ["must be a valid regular expression"],
        name: ["unrelated"],
      }),
    ).toEqual({ BucketName: ["must be a valid regular expression"] });
  });
});

describe("template rules", () => {
  const rules = {
    DevOnly: {
      Assertions: [
        {
          Assert: { "Fn::Contains": [["t3.micro"], { Ref: "InstanceType" }] },
          AssertDescription: "Only t3.micro",
        },
      ],
    },
  };

  it("reads YAML with short-form intrinsics", () => {
    const text =
      "DevOnly:\n  Assertions:\n    - Assert: !Contains [[t3.micro], !Ref InstanceType]\n      AssertDescription: Only t3.micro\n";
    expect(parseRulesText(text)).toEqual({ ok: true, rules });
  });

  it("reads JSON, and accepts an enclosing Rules key", () => {
    expect(parseRulesText(JSON.stringify(rules))).toEqual({ ok: true, rules });
    expect(parseRulesText(JSON.stringify({ Rules: rules }))).toEqual({ ok: true, rules });
  });

  it("round-trips through the YAML shown in the editor", () => {
    expect(parseRulesText(rulesToText(rules))).toEqual({ ok: true, rules });
  });

  it("reports unreadable text with a line in the admin's own numbering", () => {
    const result = parseRulesText("DevOnly:\n  Assertions: [\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^\d+:\d+ /);
  });

  it("refuses a scalar", () => {
    expect(parseRulesText("just text").ok).toBe(false);
  });
});

describe("approval policy", () => {
  const POLICY = {
    stages: [
      { name: "Team lead", approverGroup: "Dev leads", required: 1 },
      { name: "Owners", approverGroup: "Platform", required: "ALL" as const },
    ],
    autoApprove: {
      kinds: ["PROVISION" as const],
      parameters: [{ parameter: "InstanceType", values: ["t3.micro"] }],
      maxMonthlyCost: 25.5,
    },
    expireAfterDays: 14,
    remindAfterHours: 24,
  };

  it("starts from the built-in policy: one stage, one approval from any approver", () => {
    expect(approvalPolicyDefinition(approvalPolicyForm(null))).toEqual({
      stages: [{ name: "Approval", required: 1 }],
    });
  });

  it("round-trips every field", () => {
    expect(approvalPolicyDefinition(approvalPolicyForm(POLICY))).toEqual(POLICY);
  });

  it("sends unticked conditions as absent, an empty condition list as none, blanks as no expiry", () => {
    const form = {
      ...approvalPolicyForm(POLICY),
      kindsOn: false,
      costOn: false,
      parameters: [],
      expireAfterDays: " ",
      remindAfterHours: "",
    };
    expect(approvalPolicyDefinition(form)).toEqual({
      stages: POLICY.stages,
      autoApprove: { parameters: [] },
    });
    expect(approvalPolicyDefinition({ ...form, autoApprove: false })).toEqual({ stages: POLICY.stages });
  });

  it("sends all members only with a group, and an unreadable count for the server to name", () => {
    const form = approvalPolicyForm(POLICY);
    const [first, second] = form.stages;
    const stages = [
      { ...first!, required: "two" },
      { ...second!, approverGroup: "" },
    ];
    expect(approvalPolicyDefinition({ ...form, stages }).stages).toEqual([
      { name: "Team lead", approverGroup: "Dev leads", required: Number.NaN },
      { name: "Owners", required: 1 },
    ]);
  });

  it("adds up to five stages with fresh keys, removes down to one, moves within bounds", () => {
    let form = approvalPolicyForm(null);
    for (let i = 2; i <= 6; i++) form = addStage(form, `Stage ${i}`);
    expect(form.stages.map((s) => s.name)).toEqual(["Approval", "Stage 2", "Stage 3", "Stage 4", "Stage 5"]);
    expect(new Set(form.stages.map((s) => s.key)).size).toBe(5);
    const [a, b] = form.stages;
    expect(moveStage(form, a!.key, -1)).toBe(form);
    const moved = moveStage(form, a!.key, 1);
    expect(moved.stages.slice(0, 2).map((s) => s.key)).toEqual([b!.key, a!.key]);
    expect(moveStage(moved, form.stages[4]!.key, 1)).toBe(moved);
    let one = form;
    for (const s of form.stages) one = removeStage(one, s.key);
    expect(one.stages).toHaveLength(1);
    expect(addParameterCondition(one, "InstanceType").parameters[0]).toMatchObject({
      parameter: "InstanceType",
      values: [],
    });
  });

  it("maps server errors by index to the rows that were sent", () => {
    const form = approvalPolicyForm(POLICY);
    const sent = sentPolicyOf(form);
    const [lead, owners] = form.stages;
    const { byPath, general } = policyErrors(sent, {
      "definition.stages.1.approverGroup": ["Platform has neither the approver nor the admin role"],
      "definition.stages.0.required": ["must be at least 1"],
      "definition.autoApprove.parameters.0.parameter": ["InstanceType is not a parameter"],
      "definition.autoApprove.maxMonthlyCost": ["must be at least 0"],
      "definition.expireAfterDays": ["must be a whole number"],
      definition: ["must have at least one stage"],
      "definition.stages.9.name": ["beyond what was sent"],
    });
    expect(byPath).toEqual({
      [`stage:${owners!.key}.approverGroup`]: ["Platform has neither the approver nor the admin role"],
      [`stage:${lead!.key}.required`]: ["must be at least 1"],
      [`parameter:${form.parameters[0]!.key}.parameter`]: ["InstanceType is not a parameter"],
      "autoApprove.maxMonthlyCost": ["must be at least 0"],
      expireAfterDays: ["must be a whole number"],
    });
    expect(general).toEqual(["must have at least one stage", "beyond what was sent"]);
  });
});
