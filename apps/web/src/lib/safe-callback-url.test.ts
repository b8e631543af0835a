import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with query and hash", () => {
    expect(safeCallbackUrl("/catalog")).toBe("/catalog");
    expect(safeCallbackUrl("/admin/users?q=ada#top")).toBe("/admin/users?q=ada#top");
  });

  it("defaults when missing or not a string", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl(["/a"])).toBe("/");
    expect(safeCallbackUrl("", "/home")).toBe("/home");
  });

  it.each([
    "https://evil.example/",
    "http://localhost:3000/catalog",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "catalog",
    "/\t/evil.example",
    "/sign-in?callbackUrl=/x",
    "/api/auth/signout",
  ])("rejects %s", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("keeps encoded characters as part of a local path", () => {
    expect(safeCallbackUrl("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeCallbackUrl("/a/../../b")).toBe("/b");
  });
});
