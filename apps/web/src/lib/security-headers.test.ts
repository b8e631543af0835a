import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, crossOriginProblem } from "./security-headers";

const post = (origin: string | null, authorization: string | null = null) =>
  crossOriginProblem({ method: "POST", origin, host: "catalog.example.com", authorization });

describe("crossOriginProblem", () => {
  it("lets reads through from anywhere", () => {
    expect(
      crossOriginProblem({ method: "GET", origin: "https://evil.example", host: "a", authorization: null }),
    ).toBeUndefined();
  });

  it("accepts this site's Origin and refuses any other, malformed ones too", () => {
    expect(post("https://catalog.example.com")).toBeUndefined();
    expect(post("https://evil.example")).toMatch(/Cross-origin request refused/);
    expect(post("https://catalog.example.com.evil.example")).toMatch(/Cross-origin/);
    expect(post("null")).toMatch(/Cross-origin/);
  });

  it("accepts a request without Origin only with a bearer token", () => {
    expect(post(null)).toMatch(/needs an Origin header or an Authorization: Bearer token/);
    expect(post(null, "Bearer svk_abc")).toBeUndefined();
    expect(post(null, "Basic abc")).toMatch(/needs an Origin/);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, never inline, and eval only in development", () => {
    const policy = contentSecurityPolicy("abc123", false);
    const scripts = policy.split("; ").find((part) => part.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("abc123", true)).toContain("'unsafe-eval'");
  });
});
