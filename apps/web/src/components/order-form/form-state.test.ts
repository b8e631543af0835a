import { describe, expect, it } from "vitest";
import type { TFormField, TFormModel } from "@stackvend/cfn";
import {
  cleanMessage,
  domId,
  initialValues,
  serverFieldErrors,
  toOrderValues,
  validateOrderForm,
  type TOrderState,
} from "./form-state";

function field(name: string, extra: Partial<TFormField> = {}): TFormField {
  return {
    name,
    label: name,
    kind: "text",
    type: "String",
    multiple: false,
    numeric: false,
    secret: false,
    required: false,
    ...extra,
  };
}

const model: TFormModel = {
  fields: [
    field("InstanceType", {
      kind: "select",
      options: ["t3.micro", "t3.small"],
      default: "t3.micro",
      constraintDescription: "must be a t3 instance type",
    }),
    field("Port", {
      kind: "number",
      type: "Number",
      numeric: true,
      minValue: 1,
      maxValue: 65535,
      required: true,
    }),
    field("Subnets", { kind: "list", type: "CommaDelimitedList", multiple: true, default: "a,b" }),
    field("DBPassword", { kind: "secret", secret: true, minLength: 8 }),
  ],
  groups: [],
  warnings: [],
};

const state = (values: TOrderState["values"], extra: Partial<TOrderState> = {}): TOrderState => ({
  stackName: "my-stack",
  values,
  tags: {},
  justification: "",
  ...extra,
});

describe("initialValues", () => {
  it("starts from saved values, then defaults; lists as arrays; secrets always empty", () => {
    const values = initialValues(model, { Port: "8080", DBPassword: "leaked" });
    expect(values).toEqual({ InstanceType: "t3.micro", Port: "8080", Subnets: ["a", "b"], DBPassword: "" });
  });

  it("takes a saved list as stored", () => {
    expect(initialValues(model, { Subnets: ["x"] }).Subnets).toEqual(["x"]);
  });
});

describe("toOrderValues", () => {
  it("drops empty widgets and, unless asked, secrets", () => {
    const values = { InstanceType: "", Port: "80", Subnets: [], DBPassword: "s3cretpass" };
    expect(toOrderValues(model, values)).toEqual({ Port: "80" });
    expect(toOrderValues(model, values, { includeSecrets: true })).toEqual({
      Port: "80",
      DBPassword: "s3cretpass",
    });
  });
});

describe("validateOrderForm", () => {
  it("words rule failures with the ConstraintDescription, beside the field", () => {
    const errors = validateOrderForm(
      model,
      state({ InstanceType: "m5.large", Port: "99999" }),
      [],
      "complete",
    );
    expect(errors["values.InstanceType"]).toEqual([
      { code: "message", message: "Must be a t3 instance type" },
    ]);
    expect(errors["values.Port"]?.[0]?.message).toMatch(/greater than the maximum 65535/);
  });

  it("requires missing values and the stack name only when complete", () => {
    const empty = state({ Port: "" }, { stackName: "" });
    expect(validateOrderForm(model, empty, [], "complete")).toMatchObject({
      "values.Port": [{ code: "required" }],
      stackName: [{ code: "required" }],
    });
    expect(validateOrderForm(model, empty, [], "draft")).toEqual({});
  });

  it("checks the stack name against CloudFormation's rule", () => {
    expect(validateOrderForm(model, state({ Port: "1" }, { stackName: "1-bad_name" }), [], "draft")).toEqual({
      stackName: [{ code: "stackName" }],
    });
  });

  it("checks required tags against their allowed values", () => {
    const tags = [{ key: "cost-center", values: [{ value: "cc-1", description: "" }] }];
    expect(validateOrderForm(model, state({ Port: "1" }), tags, "complete")).toEqual({
      "tags.cost-center": [{ code: "tagRequired" }],
    });
    expect(
      validateOrderForm(model, state({ Port: "1" }, { tags: { "cost-center": "zz" } }), tags, "draft"),
    ).toEqual({
      "tags.cost-center": [{ code: "tagNotAllowed" }],
    });
  });

  it("checks a typed secret but never requires one", () => {
    expect(
      validateOrderForm(model, state({ Port: "1", DBPassword: "short" }), [], "complete")[
        "values.DBPassword"
      ],
    ).toHaveLength(1);
    expect(validateOrderForm(model, state({ Port: "1" }), [], "complete")).toEqual({});
  });

  it("never shows a typed secret in a message, as the server never returns one", () => {
    const strict: TFormModel = {
      ...model,
      fields: model.fields.map((f) => (f.secret ? { ...f, pattern: "^[a-z]+$" } : f)),
    };
    const errors = validateOrderForm(strict, state({ Port: "1", DBPassword: "Sup3rSecret" }), [], "draft");
    expect(errors["values.DBPassword"]).toEqual([
      { code: "message", message: "The value does not match the allowed pattern" },
    ]);
  });

  it("bounds the justification", () => {
    expect(validateOrderForm(model, state({ Port: "1" }, { justification: "abcd" }), [], "draft", 3)).toEqual(
      { justification: [{ code: "tooLong", params: { max: 3 } }] },
    );
  });
});

describe("serverFieldErrors", () => {
  it("merges domain field errors and flattened zod errors in the form's keys", () => {
    const error = {
      data: {
        fieldErrors: {
          "values.Port": ["Port: 0 is less than the minimum 1 (MinValue)"],
          stackName: ["a stack name is required (Required)"],
        },
        zodError: {
          fieldErrors: { justification: ["justification must be at most 2000 characters"] },
          formErrors: [],
        },
      },
    };
    expect(serverFieldErrors(error)).toEqual({
      "values.Port": [{ code: "message", message: "0 is less than the minimum 1" }],
      stackName: [{ code: "message", message: "A stack name is required" }],
      justification: [{ code: "message", message: "Justification must be at most 2000 characters" }],
    });
  });

  it("is empty for errors without data", () => {
    expect(serverFieldErrors(new Error("network"))).toEqual({});
    expect(serverFieldErrors(null)).toEqual({});
  });
});

describe("helpers", () => {
  it("cleanMessage keeps messages that name no field", () => {
    expect(cleanMessage("Rule failed")).toBe("Rule failed");
  });

  it("domId is a valid, distinct id for odd tag keys", () => {
    expect(domId("tags.team:name")).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(domId("tags.a.b")).not.toBe(domId("tags.a_b"));
  });
});
