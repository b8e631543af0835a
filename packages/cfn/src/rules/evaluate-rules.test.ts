import { describe, expect, it } from "vitest";
import { ORDER_FORM_TEMPLATE, template } from "../../test/templates.ts";
import type { TJsonObject } from "../model.ts";
import { evaluateRules } from "./evaluate-rules.ts";

const base = template(ORDER_FORM_TEMPLATE);

function rules(source: string): TJsonObject {
  return template(source).body;
}

describe("evaluateRules", () => {
  it("passes, skips and fails template rules", () => {
    const templateRules = base.body["Rules"] as TJsonObject;
    const onlyDeployTime = evaluateRules(templateRules, {}, base);
    expect(onlyDeployTime).toMatchObject([
      { id: "SV-RULE-DEPLOY-TIME", severity: "info", rule: "SubnetsInVpc", parameters: ["VpcId"] },
    ]);
    expect(onlyDeployTime[0]?.message).toContain("checked at deploy time");
    const failing = evaluateRules(templateRules, { Environment: "prod", InstanceType: "t3.small" }, base);
    expect(failing[0]).toMatchObject({
      id: "SV-RULE-ASSERT",
      severity: "error",
      rule: "ProdIsLarge",
      parameters: ["Environment", "InstanceType"],
      path: ["Rules", "ProdIsLarge", "Assertions", 0],
    });
    expect(failing[0]?.message).toContain("Production needs m5.large.");
  });

  it.each([
    ["!Equals [!Ref Environment, dev]", true],
    ["!Not [!Equals [!Ref Environment, dev]]", false],
    ["!And [!Equals [!Ref Environment, dev], !Equals [!Ref InstanceType, t3.micro]]", true],
    ["!Or [!Equals [!Ref Environment, prod], !Equals [!Ref InstanceType, t3.small]]", false],
    ["!Contains [[dev, qa], !Ref Environment]", true],
    ["!EachMemberEquals [!Ref Zones, us-east-1a]", false],
    ["!EachMemberIn [!Ref Zones, [us-east-1a, us-east-1b, us-east-1c]]", true],
    ["!EachMemberIn [!Ref Cidrs, ['10.0.0.0/16']]", false],
  ])("%s → %s", (assert, holds) => {
    const findings = evaluateRules(rules(`R:\n  Assertions:\n    - Assert: ${assert}\n`), {}, base);
    expect(findings.filter((f) => f.severity === "error")).toHaveLength(holds ? 0 : 1);
  });

  it.each([
    "!RefAll AWS::EC2::VPC::Id",
    "!Contains [!RefAll AWS::EC2::VPC::Id, !Ref VpcId]",
    "!Equals [!ValueOf [VpcId, Tags.Env], prod]",
    "!Equals [!Ref AWS::Region, us-east-1]",
    "!Equals [!Ref DbPassword, x]",
  ])("reports %s as checked at deploy time, never passed or failed", (assert) => {
    const findings = evaluateRules(
      rules(`R:\n  Assertions:\n    - Assert: ${assert}\n`),
      { VpcId: "vpc-01234567" },
      base,
    );
    expect(findings).toMatchObject([{ severity: "info", id: "SV-RULE-DEPLOY-TIME" }]);
  });

  it("decides without lookups when the known part already decides", () => {
    const assert = "!Or [!Equals [!Ref Environment, dev], !Equals [!ValueOf [VpcId, Tags.Env], prod]]";
    expect(evaluateRules(rules(`R:\n  Assertions:\n    - Assert: ${assert}\n`), {}, base)).toEqual([]);
  });

  it("compares YAML 1.1 booleans as CloudFormation's text", () => {
    const t = template(
      "Parameters:\n  On:\n    Type: String\n    AllowedValues: [Yes, No]\n    Default: No\nRules:\n  R:\n    Assertions:\n      - Assert: !Equals [!Ref On, Yes]\n",
    );
    expect(evaluateRules(t.body["Rules"] as TJsonObject, { On: "true" }, t)).toEqual([]);
    expect(evaluateRules(t.body["Rules"] as TJsonObject, {}, t)).toHaveLength(1);
  });

  it("reports malformed rules", () => {
    const findings = evaluateRules(
      rules(
        "A:\n  Assertions:\n    - Assert: !Equals [!Ref Missing, x]\nB:\n  Assertions:\n    - Assert: !Sub x\nC: {}\n",
      ),
      {},
      base,
    );
    expect(findings.map((f) => [f.rule, f.id])).toEqual([
      ["A", "SV-RULE-INVALID"],
      ["B", "SV-RULE-INVALID"],
      ["C", "SV-RULE-INVALID"],
    ]);
  });

  it("applies portfolio rules written in the same syntax", () => {
    const portfolio = rules(
      "DevOnlySmall:\n  RuleCondition: !Equals [!Ref Environment, dev]\n  Assertions:\n    - Assert: !Not [!Equals [!Ref InstanceType, m5.large]]\n      AssertDescription: Dev uses small instances.\n",
    );
    expect(evaluateRules(portfolio, { InstanceType: "m5.large" }, base)).toMatchObject([
      {
        severity: "error",
        message: expect.stringContaining("Dev uses small instances."),
        parameters: ["Environment", "InstanceType"],
      },
    ]);
    expect(evaluateRules(portfolio, { InstanceType: "m5.large", Environment: "prod" }, base)).toEqual([]);
  });
});
