/**
 * The one place that reads process.env. Validated once at start: a wrong value
 * stops the server with a message naming the variable and the rule.
 */
import path from "node:path";
import { SigningKeyError, signerFromPem } from "@stackvend/api";
import { DEFAULT_RATE_LIMITS } from "@stackvend/api/rate-limits";
import { trustedProxies, type TOidcConfig } from "@stackvend/auth";
import { DEFAULT_DATA_DIR } from "@stackvend/db";
import { z } from "zod";

const ZBoolish = z.enum(["demo", "off"]);

/** Calls per user per minute; a whole number of at least 1. */
const perMinute = (fallback: number) =>
  z.coerce
    .number({ message: "must be a whole number of calls per minute" })
    .int("must be a whole number of calls per minute")
    .min(1, "must be at least 1 call per minute")
    .max(1_000_000, "must be at most 1000000 calls per minute")
    .default(fallback);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

export const ZServerEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
        message: "must be a PostgreSQL URL such as postgresql://user:password@host:5432/stackvend",
      }),
    STACKVEND_DATA_DIR: z.string().trim().min(1, "must not be empty").default(DEFAULT_DATA_DIR),
    AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (try: openssl rand -base64 32)")
      .optional(),
    STACKVEND_BASE_URL: z
      .url({ message: "must be an absolute http(s) URL such as http://localhost:3000" })
      .refine((v) => /^https?:\/\//.test(v), { message: "must start with http:// or https://" })
      .default("http://localhost:3000"),
    STACKVEND_SEED: ZBoolish.optional(),
    SMTP_URL: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^smtps?:\/\/[^/]/.test(v), {
        message: "must be an SMTP URL such as smtp://user:password@mail.example.com:587 (or smtps://…:465)",
      }),
    STACKVEND_MAIL_FROM: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^(?:[^<>@]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(v), {
        message: 'must be an address such as stackvend@example.com or "Stackvend <stackvend@example.com>"',
      }),
    LOG_LEVEL: z
      .enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"], {
        message: "must be one of trace, debug, info, warn, error, fatal, silent",
      })
      .default("info"),
    STACKVEND_METRICS_TOKEN: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || v.length >= 16, {
        message: "must be at least 16 characters (try: openssl rand -hex 24)",
      }),
    /** Ed25519 private key (PKCS#8 PEM; `\n` escapes accepted) that signs approved artifacts. */
    STACKVEND_SIGNING_KEY: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.replaceAll("\\n", "\n") : undefined))
      .superRefine((v, ctx) => {
        if (v === undefined) return;
        try {
          signerFromPem(v);
        } catch (error) {
          if (!(error instanceof SigningKeyError)) throw error;
          ctx.addIssue({
            code: "custom",
            message: `${error.message} (try: openssl genpkey -algorithm ed25519)`,
          });
        }
      }),
    STACKVEND_WEBHOOKS_ALLOW_PRIVATE: z
      .enum(["true", "false"], { message: "must be true or false" })
      .default("false")
      .transform((v) => v === "true"),
    STACKVEND_RATE_LIMIT_PREVIEW: perMinute(DEFAULT_RATE_LIMITS.preview),
    STACKVEND_RATE_LIMIT_PUBLISH: perMinute(DEFAULT_RATE_LIMITS.publish),
    STACKVEND_RATE_LIMIT_SEARCH: perMinute(DEFAULT_RATE_LIMITS.search),
    STACKVEND_TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? "")
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .superRefine((entries, ctx) => {
        for (const entry of entries) {
          try {
            trustedProxies([entry]);
          } catch {
            ctx.addIssue({
              code: "custom",
              message: `"${entry}" is not an address, a CIDR or one of loopback, linklocal, uniquelocal`,
            });
          }
        }
      }),
    /** OpenID Connect single sign-on: issuer, client id and secret go together. */
    STACKVEND_OIDC_ISSUER: optionalText.refine(
      (v) => v === undefined || (URL.canParse(v) && /^https?:\/\//.test(v)),
      { message: "must be the provider's issuer URL, such as https://login.example.com/realms/acme" },
    ),
    STACKVEND_OIDC_CLIENT_ID: optionalText,
    STACKVEND_OIDC_CLIENT_SECRET: optionalText,
    STACKVEND_OIDC_NAME: optionalText.transform((v) => v ?? "Single sign-on"),
    STACKVEND_OIDC_GROUPS_CLAIM: optionalText.transform((v) => v ?? "groups"),
    STACKVEND_OIDC_SCOPES: optionalText
      .transform((v) => (v ?? "openid email profile").split(/\s+/).join(" "))
      .refine((v) => v.split(" ").includes("openid"), { message: "must include openid" }),
    STACKVEND_LOCAL_SIGN_IN: z
      .enum(["true", "false"], { message: "must be true or false" })
      .default("true")
      .transform((v) => v === "true"),
  })
  .superRefine((env, ctx) => {
    const oidc = [
      ["STACKVEND_OIDC_ISSUER", env.STACKVEND_OIDC_ISSUER],
      ["STACKVEND_OIDC_CLIENT_ID", env.STACKVEND_OIDC_CLIENT_ID],
      ["STACKVEND_OIDC_CLIENT_SECRET", env.STACKVEND_OIDC_CLIENT_SECRET],
    ] as const;
    if (oidc.some(([, v]) => v !== undefined)) {
      for (const [name, value] of oidc) {
        if (value === undefined) {
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: `is required for single sign-on (set ${oidc.map(([n]) => n).join(", ")} together)`,
          });
        }
      }
    } else if (!env.STACKVEND_LOCAL_SIGN_IN) {
      ctx.addIssue({
        code: "custom",
        path: ["STACKVEND_LOCAL_SIGN_IN"],
        message:
          "can be false only with single sign-on configured (STACKVEND_OIDC_ISSUER), or nobody could sign in",
      });
    }
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "is required in production with PostgreSQL, so every instance signs sessions with the same key",
      });
    }
  });

export type TServerEnv = z.infer<typeof ZServerEnv> & {
  seed: "demo" | "off";
  /** Single sign-on, when its issuer, client id and secret are set. */
  oidc: TOidcConfig | undefined;
};

export class EnvError extends Error {}

/** Formats issues as `NAME: rule` lines, one per variable. */
export function formatEnvIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join(".") || "(environment)"}: ${i.message}`).join("\n");
}

export function parseServerEnv(source: Record<string, string | undefined>): TServerEnv {
  const withAliases = { ...source, AUTH_SECRET: source.AUTH_SECRET ?? source.NEXTAUTH_SECRET };
  const result = ZServerEnv.safeParse(withAliases);
  if (!result.success) {
    throw new EnvError(`Invalid Stackvend configuration:\n${formatEnvIssues(result.error)}`);
  }
  // Demo data by default only on the embedded database; a real PostgreSQL starts empty.
  const seed = result.data.STACKVEND_SEED ?? (result.data.DATABASE_URL ? "off" : "demo");
  // npm sets INIT_CWD to where it was run, so `npm run dev` from the root keeps data in the root.
  const dataDir = path.resolve(source.INIT_CWD ?? process.cwd(), result.data.STACKVEND_DATA_DIR);
  const d = result.data;
  const oidc =
    d.STACKVEND_OIDC_ISSUER && d.STACKVEND_OIDC_CLIENT_ID && d.STACKVEND_OIDC_CLIENT_SECRET
      ? {
          issuer: d.STACKVEND_OIDC_ISSUER,
          clientId: d.STACKVEND_OIDC_CLIENT_ID,
          clientSecret: d.STACKVEND_OIDC_CLIENT_SECRET,
          name: d.STACKVEND_OIDC_NAME,
          groupsClaim: d.STACKVEND_OIDC_GROUPS_CLAIM,
          scopes: d.STACKVEND_OIDC_SCOPES,
        }
      : undefined;
  return { ...d, STACKVEND_DATA_DIR: dataDir, seed, oidc };
}

let cached: TServerEnv | undefined;

export function serverEnv(): TServerEnv {
  cached ??= parseServerEnv(process.env);
  // next-auth v4 reads its base URL from this variable only.
  process.env.NEXTAUTH_URL ??= cached.STACKVEND_BASE_URL;
  return cached;
}

/** `next build` evaluates modules to prerender pages; nothing may open the database then. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
