import { describe, expect, it } from "vitest";
import { template } from "../../test/templates.ts";
import { buildFormModel } from "../parameters/build-form-model.ts";
import { validateOrder, type TOrderValues } from "./validate-order.ts";

/** NoEcho parameters of every shape, each with every constraint that can quote a value. */
const built = buildFormModel(
  template(`
Parameters:
  SecretList:
    Type: CommaDelimitedList
    NoEcho: true
    AllowedValues: [alpha, beta]
  SecretNumber:
    Type: Number
    NoEcho: true
    MinValue: 10
    MaxValue: 99
  SecretNumbers:
    Type: List<Number>
    NoEcho: true
    MaxValue: 99
  SecretString:
    Type: String
    NoEcho: true
    AllowedPattern: "^[a-z]+$"
    MinLength: 4
    MaxLength: 12
  SecretChoice:
    Type: String
    NoEcho: true
    AllowedValues: [gamma, delta]
  SecretId:
    Type: AWS::EC2::VPC::Id
    NoEcho: true
  PlainList:
    Type: CommaDelimitedList
    AllowedValues: [alpha, beta]
    Default: alpha
Rules:
  NotHunter:
    Assertions:
      - Assert: !Not [!Equals [!Ref SecretString, "hunter"]]
        AssertDescription: SecretString must not be hunter
Resources:
  Topic:
    Type: AWS::SNS::Topic
`),
);
if (!built.ok) throw new Error(JSON.stringify(built.errors));
const model = built.value;

function messages(values: TOrderValues): string[] {
  return validateOrder(model, { stackName: "s", values, tags: {} }, { mode: "complete" }).map(
    (issue) => issue.message,
  );
}

/** Each case: values with a secret in them, and the secret items that must appear in no message. */
const CASES: { name: string; values: TOrderValues; secrets: string[] }[] = [
  { name: "a list as one comma string", values: { SecretList: "alpha,zeta9" }, secrets: ["alpha", "zeta9"] },
  {
    name: "a list as one string with spaces",
    values: { SecretList: "beta, zeta9" },
    secrets: ["beta", "zeta9"],
  },
  { name: "a list as an array", values: { SecretList: ["alpha", "zeta9"] }, secrets: ["alpha", "zeta9"] },
  {
    name: "a list item with a comma",
    values: { SecretList: ["alpha", "be,ta"] },
    secrets: ["alpha", "be,ta"],
  },
  { name: "a number that is not one", values: { SecretNumber: "77x" }, secrets: ["77x"] },
  { name: "a number below the minimum", values: { SecretNumber: "7" }, secrets: ["7"] },
  { name: "a number above the maximum", values: { SecretNumber: "123456" }, secrets: ["123456"] },
  { name: "numbers in a list", values: { SecretNumbers: "42, 123456" }, secrets: ["42", "123456"] },
  { name: "a string off the pattern", values: { SecretString: "Zebra42" }, secrets: ["Zebra42"] },
  { name: "a string too long", values: { SecretString: "abcdefghijklmnop" }, secrets: ["abcdefghijklmnop"] },
  { name: "a string too short", values: { SecretString: "ab1" }, secrets: ["ab1"] },
  { name: "a string a rule refuses", values: { SecretString: "hunter" }, secrets: ["hunter"] },
  { name: "a choice not allowed", values: { SecretChoice: "omega" }, secrets: ["omega"] },
  {
    name: "a choice given as a list",
    values: { SecretChoice: ["gamma", "omega"] },
    secrets: ["gamma", "omega"],
  },
  { name: "an AWS id of the wrong form", values: { SecretId: "vpc-nothex" }, secrets: ["vpc-nothex"] },
];

describe("validateOrder with NoEcho values", () => {
  for (const { name, values, secrets } of CASES) {
    it(`reports ${name} without any part of the value`, () => {
      const found = messages(values);
      expect(found.length).toBeGreaterThan(0);
      for (const message of found) {
        for (const secret of secrets) expect(message).not.toContain(secret);
      }
    });
  }

  it("says which rule a secret value breaks, naming only the parameter", () => {
    expect(messages({ SecretList: "alpha,zeta9" })).toEqual([
      "SecretList: an item is not one of the allowed values (AllowedValues)",
    ]);
    expect(messages({ SecretNumber: "7" })).toEqual([
      "SecretNumber: the value is less than the minimum 10 (MinValue)",
    ]);
    expect(messages({ SecretString: "Zebra42" })).toEqual([
      "SecretString: the value does not match the allowed pattern (AllowedPattern)",
    ]);
  });

  it("replaces a whole message that would still quote a secret, even from a template's own text", () => {
    expect(messages({ SecretString: "hunter" })).toEqual(["SecretString: the value is not valid"]);
  });

  it("keeps quoting the values of ordinary parameters", () => {
    expect(messages({ PlainList: "alpha,zeta9" })).toEqual([
      "PlainList: 'zeta9' is not one of 'alpha', 'beta' (AllowedValues)",
    ]);
  });
});

describe("validateOrder with list items", () => {
  it("refuses a comma inside a list item, which would deploy as two items", () => {
    expect(messages({ PlainList: ["alpha", "be,ta"] })).toEqual([
      "PlainList: a list item cannot contain a comma: CloudFormation separates list items with commas (ListItem)",
    ]);
  });

  it("still splits a list given as one comma string", () => {
    expect(messages({ PlainList: "alpha,beta" })).toEqual([]);
  });
});
