import { describe, expect, it } from "vitest";
import { firstParam, withParams } from "./search-params";

describe("firstParam", () => {
  it("takes the first of repeated values, trimmed", () => {
    expect(firstParam(["  ada ", "bob"])).toBe("ada");
    expect(firstParam(undefined)).toBe("");
  });

  it("bounds the length", () => {
    expect(firstParam("x".repeat(500), 10)).toHaveLength(10);
  });
});

describe("withParams", () => {
  it("drops empty values and encodes the rest", () => {
    expect(withParams("/admin/users", { q: "a b&c", cursor: undefined })).toBe("/admin/users?q=a+b%26c");
    expect(withParams("/admin/audit", { cursor: "" })).toBe("/admin/audit");
  });
});
