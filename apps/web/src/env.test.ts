import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env.ts";

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
    [
      { STACKVEND_RATE_LIMIT_PREVIEW: "0" },
      "STACKVEND_RATE_LIMIT_PREVIEW: must be at least 1 call per minute",
    ],
    [{ STACKVEND_RATE_LIMIT_SEARCH: "lots" }, "STACKVEND_RATE_LIMIT_SEARCH: must be a whole number"],
    [{ STACKVEND_RATE_LIMIT_PUBLISH: "2.5" }, "STACKVEND_RATE_LIMIT_PUBLISH: must be a whole number"],
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
});
