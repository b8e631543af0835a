import "server-only";
import type { NextAuthOptions } from "next-auth";
import { seedDemo } from "@stackvend/api";
import { createAuthOptions } from "@stackvend/auth";
import { openDatabase, type TDatabase } from "@stackvend/db";
import { isBuildPhase, serverEnv, type TServerEnv } from "../env.ts";
import { loadOrCreateAuthSecret } from "./auth-secret.ts";

export interface TRuntime {
  env: TServerEnv;
  database: TDatabase;
  authOptions: NextAuthOptions;
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
  if (env.seed === "demo") await seedIfEmpty(database);
  return { env, database, authOptions: createAuthOptions({ db: database.prisma, secret }) };
}

async function seedIfEmpty(database: TDatabase): Promise<void> {
  const users = await database.prisma.user.count();
  if (users > 0 && !(await database.prisma.user.findUnique({ where: { email: "admin@stackvend.local" } })))
    return;
  const result = await seedDemo(database.prisma);
  const width = Math.max(...result.users.map((u) => u.email.length));
  console.log("[stackvend] Demo users (password for all: %s):", result.password);
  for (const u of result.users)
    console.log(`  ${u.email.padEnd(width)}  ${u.roles.join(", ").toLowerCase()}`);
}
