import { describe, expect, it } from "vitest";
import { firstParam, routeParam, withParams } from "./search-params";

describe("firstParam", () => {
  it("takes the first of repeated values, trimmed", () => {
    expect(firstParam(["  ada ", "bob"])).toBe("ada");
    expect(firstParam(undefined)).toBe("");
  });

  it("bounds the length", () => {
    expect(firstParam("x".repeat(500), 10)).toHaveLength(10);
  });

  it("drops control characters, which no one types and PostgreSQL cannot store", () => {
    expect(firstParam("post\u0000gres\u001f\u007f")).toBe("postgres");
    expect(firstParam("\u0000")).toBe("");
  });
});

describe("routeParam", () => {
  it("decodes and bounds a segment", () => {
    expect(routeParam("s3%20bucket")).toBe("s3 bucket");
    expect(routeParam("x".repeat(100))).toHaveLength(63);
  });

  it("answers null for malformed percent-encoding instead of throwing", () => {
    expect(routeParam("%ff%fe")).toBeNull();
    expect(routeParam("%")).toBeNull();
  });
});

describe("withParams", () => {
  it("drops empty values and encodes the rest", () => {
    expect(withParams("/admin/users", { q: "a b&c", cursor: undefined })).toBe("/admin/users?q=a+b%26c");
    expect(withParams("/admin/audit", { cursor: "" })).toBe("/admin/audit");
  });
});
