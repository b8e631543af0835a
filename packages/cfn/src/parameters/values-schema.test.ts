import { describe, expect, it } from "vitest";
import { ORDER_FORM_TEMPLATE, template } from "../../test/templates.ts";
import { buildFormModel } from "./build-form-model.ts";
import { ZFormModel } from "./form-model-schema.ts";
import type { TFormModel, TParameterConstraint } from "./form-model.ts";
import { sampleValues } from "./sample-values.ts";
import { buildValuesSchema } from "./values-schema.ts";

function form(source = ORDER_FORM_TEMPLATE, constraints?: TParameterConstraint[]): TFormModel {
  const result = buildFormModel(template(source), constraints ? { constraints } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const VALID = {
  KeyName: "ops",
  VpcId: "vpc-0123456789abcdef0",
  SubnetIds: ["subnet-01234567", "subnet-89abcdef"],
  AppName: "shop",
};

function issues(values: Record<string, unknown>, model = form()) {
  const result = buildValuesSchema(model).safeParse(values);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path,
        rule: (issue as { params?: { rule?: string } }).params?.rule,
        message: issue.message,
      }));
}

describe("buildValuesSchema", () => {
  it("accepts valid values and returns lists as arrays", () => {
    const result = buildValuesSchema(form()).safeParse({
      ...VALID,
      SubnetIds: "subnet-01234567, subnet-89abcdef",
      Ports: "80,8080",
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      SubnetIds: ["subnet-01234567", "subnet-89abcdef"],
      Ports: ["80", "8080"],
    });
  });

  it("requires parameters without a default, naming field and rule", () => {
    const { AppName: _missing, ...rest } = VALID;
    expect(issues(rest)).toEqual([
      { path: ["AppName"], rule: "Required", message: "AppName: a value is required (Required)" },
    ]);
    expect(issues({ ...VALID, AppName: "" })).toMatchObject([{ path: ["AppName"], rule: "Required" }]);
  });

  it("rejects unknown parameter names", () => {
    expect(issues({ ...VALID, Extra: "x" })).toMatchObject([{ path: ["Extra"], rule: "UnknownParameter" }]);
  });

  it("uses the ConstraintDescription for constraint failures", () => {
    expect(issues({ ...VALID, InstanceType: "t2.nano" })).toEqual([
      {
        path: ["InstanceType"],
        rule: "AllowedValues",
        message: "InstanceType: must be a supported EC2 instance type. (AllowedValues)",
      },
    ]);
  });

  it("matches AllowedPattern against the whole value", () => {
    expect(issues({ ...VALID, AppName: "shop!" })).toMatchObject([
      { path: ["AppName"], rule: "AllowedPattern" },
    ]);
    expect(issues({ ...VALID, AppName: "Xshop" })).toMatchObject([{ rule: "AllowedPattern" }]);
    expect(issues({ ...VALID, AppName: "ab" })).toMatchObject([{ rule: "MinLength" }]);
    expect(issues({ ...VALID, AppName: "a".repeat(21) })).toMatchObject([{ rule: "MaxLength" }]);
  });

  it("parses numbers as CloudFormation does and checks bounds", () => {
    for (const good of ["1", "10", "2.5", "+3", "1e0"])
      expect(issues({ ...VALID, InstanceCount: good })).toEqual([]);
    expect(issues({ ...VALID, InstanceCount: "two" })).toMatchObject([{ rule: "Number" }]);
    expect(issues({ ...VALID, InstanceCount: "0" })).toMatchObject([{ rule: "MinValue" }]);
    expect(issues({ ...VALID, InstanceCount: "11" })).toMatchObject([{ rule: "MaxValue" }]);
    expect(issues({ ...VALID, Ports: ["80", "http"] })).toMatchObject([{ path: ["Ports"], rule: "Number" }]);
  });

  it("checks AWS id formats on single values and list items", () => {
    expect(issues({ ...VALID, VpcId: "subnet-01234567" })).toMatchObject([
      { path: ["VpcId"], rule: "AwsIdFormat" },
    ]);
    expect(issues({ ...VALID, SubnetIds: ["subnet-01234567", "sg-01234567"] })).toMatchObject([
      { rule: "AwsIdFormat" },
    ]);
    expect(issues({ ...VALID, Zones: "us-east-1a,nowhere" })).toMatchObject([
      { path: ["Zones"], rule: "AwsIdFormat" },
    ]);
  });

  it("rejects a list for a single-valued parameter and other value types", () => {
    expect(issues({ ...VALID, AppName: ["a", "b"] })).toMatchObject([{ path: ["AppName"], rule: "Type" }]);
    expect(issues({ ...VALID, InstanceCount: 3 }).map((i) => i.path)).toEqual([["InstanceCount"]]);
  });

  it("applies portfolio patterns with their description", () => {
    const model = form(ORDER_FORM_TEMPLATE, [
      { parameter: "AppName", allowedPattern: "team-.*", description: "must start with team-" },
    ]);
    expect(issues({ ...VALID, AppName: "team-shop" }, model)).toEqual([]);
    expect(issues(VALID, model)).toEqual([
      {
        path: ["AppName"],
        rule: "ConstraintPattern",
        message: "AppName: must start with team- (ConstraintPattern)",
      },
    ]);
  });

  it("enforces template Rules on every parameter involved", () => {
    expect(issues({ ...VALID, Environment: "prod" })).toEqual([
      {
        path: ["Environment"],
        rule: "Rule",
        message: "Production needs m5.large. (rule ProdIsLarge; Environment, InstanceType)",
      },
      {
        path: ["InstanceType"],
        rule: "Rule",
        message: "Production needs m5.large. (rule ProdIsLarge; Environment, InstanceType)",
      },
    ]);
    expect(issues({ ...VALID, Environment: "prod", InstanceType: "m5.large" })).toEqual([]);
  });

  it("works the same from a form model stored as JSON and read back", () => {
    const stored = ZFormModel.parse(JSON.parse(JSON.stringify(form())));
    expect(issues({ ...VALID, InstanceType: "t2.nano" }, stored)).toEqual(
      issues({ ...VALID, InstanceType: "t2.nano" }),
    );
    expect(issues({ ...VALID, Environment: "prod" }, stored)).toHaveLength(2);
    expect(ZFormModel.safeParse({ fields: [{ name: "x" }], groups: [], warnings: [] }).success).toBe(false);
  });

  it("is satisfied by synthesised sample values", () => {
    const model = form();
    expect(buildValuesSchema(model).safeParse(sampleValues(model)).success).toBe(true);
    expect(buildValuesSchema(model).safeParse(sampleValues(model, { all: true })).success).toBe(true);
  });
});
