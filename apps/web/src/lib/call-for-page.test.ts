import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/server/session", () => ({ getSession: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-stackvend-path": "/requests/abc" }),
}));
vi.mock("next/navigation", () => ({
  notFound: vi.fn(() => {
    throw new Error("NEXT_NOT_FOUND");
  }),
  redirect: vi.fn((url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  }),
}));

const { callForPage } = await import("./call-for-page");

const failingWith = (code: string) => () => Promise.reject(Object.assign(new Error(code), { code }));

describe("callForPage", () => {
  beforeEach(() => vi.clearAllMocks());

  it("returns what the procedure returns", async () => {
    await expect(callForPage(async () => ({ items: [] }))).resolves.toEqual({ items: [] });
  });

  it("sends an anonymous caller to sign in, back to the page they asked for", async () => {
    await expect(callForPage(failingWith("UNAUTHORIZED"))).rejects.toThrow(
      "NEXT_REDIRECT /sign-in?callbackUrl=%2Frequests%2Fabc",
    );
  });

  it("answers null for a caller without the role, for the forbidden page", async () => {
    await expect(callForPage(failingWith("FORBIDDEN"))).resolves.toBeNull();
  });

  it.each(["NOT_FOUND", "BAD_REQUEST"])("answers %s with the 404 page", async (code) => {
    await expect(callForPage(failingWith(code))).rejects.toThrow("NEXT_NOT_FOUND");
  });

  it("lets every other failure through to the error page", async () => {
    const failure = Object.assign(new Error("boom"), { code: "INTERNAL_SERVER_ERROR" });
    await expect(callForPage(() => Promise.reject(failure))).rejects.toBe(failure);
    await expect(callForPage(() => Promise.reject(new Error("plain")))).rejects.toThrow("plain");
  });
});
