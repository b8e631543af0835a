import { describe, expect, it } from "vitest";
import { template } from "../../test/templates.ts";
import { buildFormModel } from "../parameters/build-form-model.ts";
import { MAX_JUSTIFICATION } from "./limits.ts";
import { STACK_NAME_RULE, stackNameProblem } from "./stack-name.ts";
import { validateOrder, type TOrder } from "./validate-order.ts";

const built = buildFormModel(
  template(`
Parameters:
  InstanceType:
    Type: String
    AllowedValues: [t3.micro, t3.small]
    Default: t3.micro
  Port:
    Type: Number
    MinValue: 1
  DBPassword:
    Type: String
    NoEcho: true
    AllowedPattern: "^[a-z]+$"
Resources:
  Topic:
    Type: AWS::SNS::Topic
`),
);
if (!built.ok) throw new Error(JSON.stringify(built.errors));
const model = built.value;

const order = (extra: Partial<TOrder> = {}): TOrder => ({
  stackName: "my-stack",
  values: { Port: "80" },
  tags: {},
  ...extra,
});

const tags = [{ key: "CostCenter", values: [{ value: "1001" }, { value: "1002" }] }];

describe("validateOrder", () => {
  it("accepts a complete order once its required tags are set", () => {
    expect(validateOrder(model, order(), { mode: "complete", requiredTags: tags })).toEqual([
      {
        key: "tags.CostCenter",
        code: "tagRequired",
        message: "CostCenter: this tag is required (RequiredTag)",
      },
    ]);
    expect(
      validateOrder(model, order({ tags: { CostCenter: "1001" } }), { mode: "complete", requiredTags: tags }),
    ).toEqual([]);
  });

  it("requires missing values, the stack name and the tags only when complete", () => {
    const empty = order({ stackName: "", values: {} });
    expect(validateOrder(model, empty, { mode: "complete", requiredTags: tags })).toEqual([
      { key: "values.Port", code: "required", message: expect.stringMatching(/^Port: /), parameter: "Port" },
      { key: "stackName", code: "required", message: "a stack name is required (Required)" },
      { key: "tags.CostCenter", code: "tagRequired", message: expect.any(String) },
    ]);
    expect(validateOrder(model, empty, { mode: "draft", requiredTags: tags })).toEqual([]);
  });

  it("checks whatever a draft already holds", () => {
    const issues = validateOrder(
      model,
      order({ stackName: "1-bad", values: { Port: "0" }, tags: { CostCenter: "9999" } }),
      { mode: "draft", requiredTags: tags },
    );
    expect(issues).toEqual([
      {
        key: "values.Port",
        code: "message",
        message: "Port: 0 is less than the minimum 1 (MinValue)",
        parameter: "Port",
      },
      {
        key: "stackName",
        code: "stackName",
        message: "must start with a letter and contain only letters, digits and hyphens (Pattern)",
      },
      {
        key: "tags.CostCenter",
        code: "tagNotAllowed",
        message: "CostCenter: must be one of 1001, 1002 (TagOption)",
      },
    ]);
  });

  it("says when a required tag has no active options", () => {
    expect(
      validateOrder(model, order({ tags: { Team: "x" } }), {
        mode: "draft",
        requiredTags: [{ key: "Team", values: [] }],
      }),
    ).toEqual([
      {
        key: "tags.Team",
        code: "tagNotAllowed",
        message: "Team: must be one of (no active options) (TagOption)",
      },
    ]);
  });

  it("reports unknown parameters beside them, even in a draft", () => {
    expect(
      validateOrder(model, order({ values: { Port: "1", Nope: "x" } }), { mode: "draft" }),
    ).toMatchObject([{ key: "values.Nope", code: "message", parameter: "Nope" }]);
  });

  it("never puts a NoEcho value into a message", () => {
    const secret = "Sup3rSecret";
    for (const options of [{}, { secretParameters: ["DBPassword"] }]) {
      const issues = validateOrder(model, order({ values: { Port: "1", DBPassword: secret } }), {
        mode: "draft",
        ...options,
      });
      expect(issues).toEqual([
        {
          key: "values.DBPassword",
          code: "message",
          message: "DBPassword: the value does not match the allowed pattern (AllowedPattern)",
          parameter: "DBPassword",
        },
      ]);
    }
    const plain = validateOrder(model, order({ values: { Port: "1", InstanceType: secret } }), {
      mode: "draft",
    });
    expect(plain[0]?.message).toContain(secret);
  });

  it("bounds the justification after trimming, only when one is given", () => {
    const long = "x".repeat(MAX_JUSTIFICATION + 1);
    expect(validateOrder(model, order({ justification: long }), { mode: "draft" })).toEqual([
      {
        key: "justification",
        code: "tooLong",
        message: `must be at most ${MAX_JUSTIFICATION} characters (MaxLength)`,
        params: { max: MAX_JUSTIFICATION },
      },
    ]);
    expect(
      validateOrder(model, order({ justification: ` ${"x".repeat(MAX_JUSTIFICATION)} ` }), { mode: "draft" }),
    ).toEqual([]);
    expect(
      validateOrder(model, order({ justification: "abcd" }), { mode: "complete", maxJustification: 3 }),
    ).toMatchObject([{ key: "justification", params: { max: 3 } }]);
  });
});

describe("stackNameProblem", () => {
  it("follows CloudFormation's rule", () => {
    expect(stackNameProblem("a")).toBeUndefined();
    expect(stackNameProblem("web-1-A")).toBeUndefined();
    expect(stackNameProblem("a".repeat(STACK_NAME_RULE.maxLength))).toBeUndefined();
    expect(stackNameProblem("")).toMatchObject({ rule: "Required" });
    expect(stackNameProblem("a".repeat(STACK_NAME_RULE.maxLength + 1))).toEqual({
      rule: "MaxLength",
      message: "must be at most 128 characters (MaxLength)",
    });
    for (const bad of ["1abc", "-abc", "ab_c", "ab c", "ab.c"]) {
      expect(stackNameProblem(bad)).toMatchObject({ rule: "Pattern" });
    }
  });
});
