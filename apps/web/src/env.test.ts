import { describe, expect, it } from "vitest";
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { parseServerEnv } from "./env.ts";

const pkcs8 = (key: KeyObject) => key.export({ type: "pkcs8", format: "pem" }).toString();
const RSA_KEY = pkcs8(generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey);

describe("parseServerEnv", () => {
  it("defaults to the embedded database with demo data", () => {
    const env = parseServerEnv({ INIT_CWD: "/srv/stackvend" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      STACKVEND_DATA_DIR: "/srv/stackvend/.stackvend/data",
      STACKVEND_BASE_URL: "http://localhost:3000",
      seed: "demo",
    });
  });

  it("keeps PostgreSQL empty unless demo data is asked for", () => {
    expect(parseServerEnv({ DATABASE_URL: "postgresql://db/stackvend" }).seed).toBe("off");
    expect(parseServerEnv({ DATABASE_URL: "postgresql://db/x", STACKVEND_SEED: "demo" }).seed).toBe("demo");
  });

  it.each([
    [{ DATABASE_URL: "mysql://db/x" }, "DATABASE_URL: must be a PostgreSQL URL"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET: must be at least 32 characters"],
    [{ STACKVEND_BASE_URL: "localhost:3000" }, "STACKVEND_BASE_URL:"],
    [{ STACKVEND_SEED: "yes" }, "STACKVEND_SEED:"],
    [{ SMTP_URL: "mail.example.com:25" }, "SMTP_URL: must be an SMTP URL"],
    [{ STACKVEND_MAIL_FROM: "not an address" }, "STACKVEND_MAIL_FROM: must be an address"],
    [{ STACKVEND_WEBHOOKS_ALLOW_PRIVATE: "yes" }, "STACKVEND_WEBHOOKS_ALLOW_PRIVATE: must be true or false"],
    [{ LOG_LEVEL: "verbose" }, "LOG_LEVEL: must be one of trace, debug, info"],
    [
      { STACKVEND_TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" },
      'STACKVEND_TRUSTED_PROXIES: "proxy.internal" is not an address, a CIDR',
    ],
    [{ STACKVEND_METRICS_TOKEN: "short" }, "STACKVEND_METRICS_TOKEN: must be at least 16 characters"],
    [{ STACKVEND_SIGNING_KEY: "not a key" }, "STACKVEND_SIGNING_KEY: is not a PEM private key"],
    [{ STACKVEND_SIGNING_KEY: RSA_KEY }, "STACKVEND_SIGNING_KEY: must be an Ed25519 key, not rsa"],
    [
      { STACKVEND_RATE_LIMIT_PREVIEW: "0" },
      "STACKVEND_RATE_LIMIT_PREVIEW: must be at least 1 call per minute",
    ],
    [{ STACKVEND_RATE_LIMIT_SEARCH: "lots" }, "STACKVEND_RATE_LIMIT_SEARCH: must be a whole number"],
    [{ STACKVEND_RATE_LIMIT_PUBLISH: "2.5" }, "STACKVEND_RATE_LIMIT_PUBLISH: must be a whole number"],
    [
      { STACKVEND_OIDC_ISSUER: "https://login.example.com" },
      "STACKVEND_OIDC_CLIENT_ID: is required for single sign-on",
    ],
    [{ STACKVEND_OIDC_CLIENT_ID: "stackvend" }, "STACKVEND_OIDC_ISSUER: is required for single sign-on"],
    [
      { STACKVEND_OIDC_ISSUER: "login.example.com" },
      "STACKVEND_OIDC_ISSUER: must be the provider's issuer URL",
    ],
    [{ STACKVEND_OIDC_SCOPES: "email profile" }, "STACKVEND_OIDC_SCOPES: must include openid"],
    [{ STACKVEND_LOCAL_SIGN_IN: "no" }, "STACKVEND_LOCAL_SIGN_IN: must be true or false"],
    [{ STACKVEND_LOCAL_SIGN_IN: "false" }, "STACKVEND_LOCAL_SIGN_IN: can be false only with single sign-on"],
    [
      { NODE_ENV: "production", DATABASE_URL: "postgresql://db/x" },
      "AUTH_SECRET: is required in production with PostgreSQL",
    ],
  ])("names the variable and the rule for %j", (source, message) => {
    expect(() => parseServerEnv(source)).toThrow(message);
  });

  it("limits previews, publishes and searches per user per minute, by default and as configured", () => {
    expect(parseServerEnv({})).toMatchObject({
      STACKVEND_RATE_LIMIT_PREVIEW: 60,
      STACKVEND_RATE_LIMIT_PUBLISH: 20,
      STACKVEND_RATE_LIMIT_SEARCH: 120,
    });
    expect(parseServerEnv({ STACKVEND_RATE_LIMIT_SEARCH: "300" }).STACKVEND_RATE_LIMIT_SEARCH).toBe(300);
  });

  it("leaves email off and private webhook targets refused by default", () => {
    const env = parseServerEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.STACKVEND_MAIL_FROM).toBeUndefined();
    expect(env.STACKVEND_WEBHOOKS_ALLOW_PRIVATE).toBe(false);
  });

  it("trusts no proxy by default, and the listed addresses, CIDRs and names when set", () => {
    expect(parseServerEnv({}).STACKVEND_TRUSTED_PROXIES).toEqual([]);
    expect(
      parseServerEnv({ STACKVEND_TRUSTED_PROXIES: " 10.0.0.0/8, loopback ,fd00::/8" })
        .STACKVEND_TRUSTED_PROXIES,
    ).toEqual(["10.0.0.0/8", "loopback", "fd00::/8"]);
  });

  it("logs at info and serves no metrics by default; reads both when set", () => {
    const defaults = parseServerEnv({});
    expect(defaults.LOG_LEVEL).toBe("info");
    expect(defaults.STACKVEND_METRICS_TOKEN).toBeUndefined();
    expect(
      parseServerEnv({ LOG_LEVEL: "warn", STACKVEND_METRICS_TOKEN: "0123456789abcdef0123" }),
    ).toMatchObject({ LOG_LEVEL: "warn", STACKVEND_METRICS_TOKEN: "0123456789abcdef0123" });
  });

  it("reads the email and webhook settings", () => {
    const env = parseServerEnv({
      SMTP_URL: "smtp://user:pass@mail.example.com:587",
      STACKVEND_MAIL_FROM: "Stackvend <catalog@example.com>",
      STACKVEND_WEBHOOKS_ALLOW_PRIVATE: "true",
    });
    expect(env).toMatchObject({
      SMTP_URL: "smtp://user:pass@mail.example.com:587",
      STACKVEND_MAIL_FROM: "Stackvend <catalog@example.com>",
      STACKVEND_WEBHOOKS_ALLOW_PRIVATE: true,
    });
    expect(parseServerEnv({ STACKVEND_MAIL_FROM: "catalog@example.com" }).STACKVEND_MAIL_FROM).toBe(
      "catalog@example.com",
    );
  });

  it("accepts NEXTAUTH_SECRET as the auth secret", () => {
    const secret = "x".repeat(40);
    expect(parseServerEnv({ NEXTAUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
  });

  it("reads an Ed25519 signing key, with \\n escapes as one-line environments give it", () => {
    const key = pkcs8(generateKeyPairSync("ed25519").privateKey);
    expect(parseServerEnv({ STACKVEND_SIGNING_KEY: key }).STACKVEND_SIGNING_KEY).toBe(key.trim());
    const oneLine = key.trim().replaceAll("\n", "\\n");
    expect(parseServerEnv({ STACKVEND_SIGNING_KEY: oneLine }).STACKVEND_SIGNING_KEY).toBe(key.trim());
    expect(parseServerEnv({}).STACKVEND_SIGNING_KEY).toBeUndefined();
  });

  it("reads single sign-on with its defaults, and keeps local sign-in on unless switched off", () => {
    expect(parseServerEnv({}).oidc).toBeUndefined();
    expect(parseServerEnv({}).STACKVEND_LOCAL_SIGN_IN).toBe(true);
    const env = parseServerEnv({
      STACKVEND_OIDC_ISSUER: "https://login.example.com/realms/acme",
      STACKVEND_OIDC_CLIENT_ID: "stackvend",
      STACKVEND_OIDC_CLIENT_SECRET: "s3cret",
      STACKVEND_LOCAL_SIGN_IN: "false",
    });
    expect(env.oidc).toEqual({
      issuer: "https://login.example.com/realms/acme",
      clientId: "stackvend",
      clientSecret: "s3cret",
      name: "Single sign-on",
      groupsClaim: "groups",
      scopes: "openid email profile",
    });
    expect(env.STACKVEND_LOCAL_SIGN_IN).toBe(false);
  });
});
