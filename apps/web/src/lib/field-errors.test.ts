import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors";

describe("fieldErrorsOf", () => {
  it("reads zod and domain field errors", () => {
    const error = {
      data: { zodError: { fieldErrors: { name: ["Too long"] } }, fieldErrors: { name: ["Taken"] } },
    };
    expect(fieldErrorsOf(error, "name")).toEqual(["Too long", "Taken"]);
    expect(fieldErrorsOf(error, "other")).toEqual([]);
  });

  it("is empty for errors without data", () => {
    expect(fieldErrorsOf(null, "name")).toEqual([]);
    expect(fieldErrorsOf(new Error("x"), "name")).toEqual([]);
    expect(fieldErrorsOf({ data: { zodError: null, fieldErrors: null } }, "name")).toEqual([]);
  });
});
