import { describe, expect, it } from "vitest";
import { decideAccount, planDirectoryMemberships, readOidcClaims, type TOidcClaims } from "./claims.ts";

const claims = (patch: Partial<TOidcClaims> = {}): TOidcClaims => ({
  issuer: "https://idp.example.com",
  subject: "s-1",
  email: "ana@example.com",
  emailVerified: true,
  name: "Ana",
  groups: [],
  ...patch,
});

describe("readOidcClaims", () => {
  const at = { issuer: "https://idp.example.com", groupsClaim: "roles" };

  it("reads email (lowercased), verification, name and the configured groups claim", () => {
    expect(
      readOidcClaims(
        {
          iss: "https://idp.example.com",
          sub: "abc",
          email: " Ana@Example.COM ",
          email_verified: "true",
          name: "Ana K",
          roles: ["eng", "eng", " ops "],
        },
        at,
      ),
    ).toEqual({
      issuer: "https://idp.example.com",
      subject: "abc",
      email: "ana@example.com",
      emailVerified: true,
      name: "Ana K",
      groups: ["eng", "ops"],
    });
  });

  it("treats a missing verification flag as unverified and a missing groups claim as no groups", () => {
    expect(readOidcClaims({ sub: "abc", email: "bo@example.com" }, at)).toMatchObject({
      emailVerified: false,
      groups: [],
      name: "bo",
    });
    expect(readOidcClaims({ sub: "abc", email: "not-an-email" }, at).email).toBe("");
  });
});

describe("decideAccount", () => {
  const active = { id: "u1", disabledAt: null };
  const disabled = { id: "u2", disabledAt: new Date() };

  it("prefers the linked identity, and refuses it when disabled", () => {
    expect(decideAccount({ claims: claims(), byIdentity: active, byEmail: null })).toEqual({
      kind: "existing",
      userId: "u1",
    });
    expect(decideAccount({ claims: claims(), byIdentity: disabled, byEmail: null })).toMatchObject({
      kind: "refuse",
      reason: "disabled",
    });
  });

  it("links a local account only on a verified email", () => {
    expect(decideAccount({ claims: claims(), byIdentity: null, byEmail: active })).toEqual({
      kind: "link",
      userId: "u1",
    });
    expect(
      decideAccount({ claims: claims({ emailVerified: false }), byIdentity: null, byEmail: active }),
    ).toMatchObject({
      kind: "refuse",
      reason: "email-not-verified",
    });
  });

  it("creates an account only from a verified email", () => {
    expect(decideAccount({ claims: claims(), byIdentity: null, byEmail: null })).toEqual({ kind: "create" });
    expect(
      decideAccount({ claims: claims({ emailVerified: false }), byIdentity: null, byEmail: null }).kind,
    ).toBe("refuse");
    expect(decideAccount({ claims: claims({ email: "" }), byIdentity: null, byEmail: null })).toMatchObject({
      reason: "missing-email",
    });
  });
});

describe("planDirectoryMemberships", () => {
  it("replaces directory memberships with the mapped groups and leaves manual ones alone", () => {
    const current = [
      { groupId: "a", source: "DIRECTORY" as const },
      { groupId: "b", source: "MANUAL" as const },
      { groupId: "c", source: "DIRECTORY" as const },
    ];
    expect(planDirectoryMemberships(current, ["c", "d", "b"])).toEqual({ add: ["d"], remove: ["a"] });
    expect(planDirectoryMemberships(current, [])).toEqual({ add: [], remove: ["a", "c"] });
  });
});
