import { describe, expect, it } from "vitest";
import {
  approvalPolicyDefinition,
  approvalPolicyForm,
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
  it("defaults to one approval with separation of duties", () => {
    expect(approvalPolicyDefinition(approvalPolicyForm(null))).toEqual({
      approvalsRequired: 1,
      separationOfDuties: true,
    });
  });

  it("round-trips every field", () => {
    const definition = {
      autoApprove: true,
      approvalsRequired: 2,
      approverGroup: "Approvers",
      separationOfDuties: false,
    };
    expect(approvalPolicyDefinition(approvalPolicyForm(definition))).toEqual(definition);
  });
});
