// Starts the production build for the journeys on a database of its own:
// a fresh database on the local PostgreSQL in DATABASE_URL, or a temporary
// embedded one. Refuses anything but a local server, so a journey can never
// write demo users into a real database.
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startTestOidcProvider } from "@stackvend/auth/testing";
import { createTestDatabase } from "@stackvend/db/testing";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.E2E_PORT ?? "3210";

export function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "[::1]", "::1", ""].includes(host)) {
    throw new Error(
      `Refusing to run the journeys against a non-local database (${host}). Use a local PostgreSQL.`,
    );
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
const env: Record<string, string | undefined> = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  STACKVEND_SEED: "demo",
  STACKVEND_BASE_URL: `http://localhost:${port}`,
  AUTH_SECRET: "e2e-secret-that-is-long-enough-to-be-valid-0123456789",
  STACKVEND_METRICS_TOKEN: "e2e-metrics-token-0123456789",
  // A JSON line per request would bury Playwright's report; warnings and errors still show.
  LOG_LEVEL: "warn",
  // The notifications journey posts to a receiver it starts on 127.0.0.1.
  STACKVEND_WEBHOOKS_ALLOW_PRIVATE: "true",
  // A key of the run's own, so no journey writes a signing key into the checkout.
  STACKVEND_SIGNING_KEY: generateKeyPairSync("ed25519")
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString(),
};

// A real OpenID Connect provider for the single sign-on journey; users are added by the journey.
const oidc = await startTestOidcProvider({
  port: Number(process.env.E2E_OIDC_PORT ?? "3211"),
  redirectUris: [`http://localhost:${port}/api/auth/callback/oidc`],
  control: true,
});
cleanups.push(() => oidc.stop());
Object.assign(env, {
  STACKVEND_OIDC_ISSUER: oidc.issuer,
  STACKVEND_OIDC_CLIENT_ID: oidc.clientId,
  STACKVEND_OIDC_CLIENT_SECRET: oidc.clientSecret,
  STACKVEND_OIDC_NAME: "Test directory",
});

if (process.env.DATABASE_URL) {
  assertLocalDatabaseUrl(process.env.DATABASE_URL);
  const database = await createTestDatabase(process.env.DATABASE_URL, { migrate: false });
  await database.close();
  env.DATABASE_URL = database.url;
  cleanups.push(() => database.drop());
} else {
  const dataDir = mkdtempSync(path.join(tmpdir(), "stackvend-e2e-"));
  env.STACKVEND_DATA_DIR = path.join(dataDir, "data");
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
}

const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], {
  cwd: path.join(root, "apps", "web"),
  env: env as NodeJS.ProcessEnv,
  stdio: "inherit",
});

async function shutdown(code: number) {
  server.kill("SIGTERM");
  for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch(() => undefined);
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 1));
