import { describe, expect, it } from "vitest";
import { signInErrorKey } from "./sign-in-error";

describe("signInErrorKey", () => {
  it("knows next-auth's codes and ours", () => {
    expect(signInErrorKey("CredentialsSignin")).toBe("CredentialsSignin");
    expect(signInErrorKey("RateLimited")).toBe("RateLimited");
    expect(signInErrorKey("OidcEmailNotVerified")).toBe("OidcEmailNotVerified");
    expect(signInErrorKey("OAuthCallback")).toBe("OAuthCallback");
  });

  it("never echoes an unknown code", () => {
    expect(signInErrorKey("<script>alert(1)</script>")).toBe("default");
    expect(signInErrorKey("Callback")).toBe("default");
  });

  it("is silent without an error", () => {
    expect(signInErrorKey(undefined)).toBeNull();
    expect(signInErrorKey("")).toBeNull();
  });
});
