import "server-only";
import type { NextAuthOptions } from "next-auth";
import {
  createRateLimiters,
  DEMO_DECIDERS,
  DEMO_PASSWORD,
  DEMO_USERS,
  notificationSettings,
  seedDemo,
  type TArtifactSigner,
  type TNotificationSettings,
  type TRateLimiters,
} from "@stackvend/api";
import {
  checkOidcDiscovery,
  createAuthOptions,
  trustedProxies,
  type TDiscoveryStatus,
  type TTrustedProxies,
} from "@stackvend/auth";
import { openDatabase, type TDatabase } from "@stackvend/db";
import { isBuildPhase, serverEnv, type TServerEnv } from "../env.ts";
import { loadOrCreateAuthSecret } from "./auth-secret.ts";
import { loadOrCreateSigningKey } from "./signing-key.ts";

export interface TRuntime {
  env: TServerEnv;
  database: TDatabase;
  authOptions: NextAuthOptions;
  notifications: TNotificationSettings;
  /** Signs approved artifacts; its public key is served at /api/signing-key. */
  signer: TArtifactSigner;
  /** Per-user limits on the expensive procedures, counted in this process. */
  rateLimits: TRateLimiters;
  /** Whose X-Forwarded-For names the client (STACKVEND_TRUSTED_PROXIES). */
  trustedProxies: TTrustedProxies;
  /** Single sign-on's discovery check, made at start; undefined when single sign-on is not configured. */
  oidcDiscovery: Promise<TDiscoveryStatus> | undefined;
}

const globalForRuntime = globalThis as unknown as { stackvendRuntime?: Promise<TRuntime> };

/**
 * One database and one set of auth options per server process, created on
 * first use (normally from instrumentation at start): migrate, seed, serve.
 */
export function getRuntime(): Promise<TRuntime> {
  if (isBuildPhase()) {
    return Promise.reject(
      new Error("The database is not available while building; make this route dynamic."),
    );
  }
  globalForRuntime.stackvendRuntime ??= createRuntime().catch((error: unknown) => {
    globalForRuntime.stackvendRuntime = undefined;
    throw error;
  });
  return globalForRuntime.stackvendRuntime;
}

async function createRuntime(): Promise<TRuntime> {
  const env = serverEnv();
  const dataDir = env.STACKVEND_DATA_DIR;
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir,
    log: (msg) => console.log(`[stackvend] ${msg}`),
  });
  const secret = env.AUTH_SECRET ?? loadOrCreateAuthSecret(dataDir);
  const signer = loadOrCreateSigningKey(dataDir, env.STACKVEND_SIGNING_KEY);
  if (env.seed === "demo") await seedIfEmpty(database, signer);
  const notifications = notificationSettings({
    baseUrl: env.STACKVEND_BASE_URL,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.STACKVEND_MAIL_FROM,
    allowPrivateWebhooks: env.STACKVEND_WEBHOOKS_ALLOW_PRIVATE,
  });
  const rateLimits = createRateLimiters({
    preview: env.STACKVEND_RATE_LIMIT_PREVIEW,
    publish: env.STACKVEND_RATE_LIMIT_PUBLISH,
    search: env.STACKVEND_RATE_LIMIT_SEARCH,
  });
  const proxies = trustedProxies(env.STACKVEND_TRUSTED_PROXIES);
  return {
    env,
    database,
    authOptions: createAuthOptions({
      db: database.prisma,
      secret,
      oidc: env.oidc,
      localSignIn: env.STACKVEND_LOCAL_SIGN_IN,
      trustedProxies: proxies,
    }),
    notifications,
    signer,
    rateLimits,
    trustedProxies: proxies,
    oidcDiscovery: env.oidc ? checkDiscoveryAtStart(env.oidc.issuer) : undefined,
  };
}

/** Fetched once at start without holding it up; a failure is logged and local sign-in keeps working. */
async function checkDiscoveryAtStart(issuer: string): Promise<TDiscoveryStatus> {
  const status = await checkOidcDiscovery(issuer);
  if (status.ok) console.log(`[stackvend] Single sign-on ready: ${status.issuer}`);
  else console.error(`[stackvend] Single sign-on unavailable: ${status.error}. Local sign-in still works.`);
  return status;
}

/** Demo data goes only into an empty database; the logins are printed at every start while they exist. */
async function seedIfEmpty(database: TDatabase, signer: TArtifactSigner): Promise<void> {
  const empty = (await database.prisma.user.count()) === 0;
  if (empty) await seedDemo(database.prisma, signer);
  const demo = await database.prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) }, disabledAt: null },
    select: { email: true, memberships: { select: { group: { select: { roles: true } } } } },
    orderBy: { email: "asc" },
  });
  if (demo.length === 0) return;
  const width = Math.max(...demo.map((u) => u.email.length));
  console.log("[stackvend] Demo users (password for all: %s):", DEMO_PASSWORD);
  for (const u of demo) {
    const roles = [...new Set(u.memberships.flatMap((m) => m.group.roles))].join(", ").toLowerCase();
    console.log(`  ${u.email.padEnd(width)}  ${roles}`);
  }
  console.log("[stackvend] Who decides what in the demo:");
  for (const line of DEMO_DECIDERS) console.log(`  ${line}`);
}
