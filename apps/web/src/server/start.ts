import { expireOverdueRequests } from "@stackvend/api";
import { DatabaseLockedError, DatabaseUnavailableError, MigrationError } from "@stackvend/db";
import { EnvError } from "../env.ts";
import { getRuntime } from "./runtime.ts";

/** Errors whose message is the whole story for an operator; anything else also gets its stack. */
const EXPLAINED = [EnvError, DatabaseLockedError, DatabaseUnavailableError, MigrationError];

/** How often undecided requests past their policy's expiry are closed. */
const EXPIRY_SWEEP_MS = 60_000;

/** Validate configuration, migrate, seed; a failure stops the server with a readable message. */
export async function startServer(): Promise<void> {
  try {
    const { database, env } = await getRuntime();
    console.log(`[stackvend] Database ready (${database.mode}). Open ${env.STACKVEND_BASE_URL}`);
    const sweep = () =>
      expireOverdueRequests(database.prisma).catch((error: unknown) =>
        console.error("[stackvend] Expiring overdue requests failed:", error),
      );
    void sweep();
    setInterval(sweep, EXPIRY_SWEEP_MS).unref();
  } catch (error) {
    const explained = EXPLAINED.some((type) => error instanceof type);
    console.error(explained ? (error as Error).message : error);
    console.error("[stackvend] Start aborted.");
    process.exit(1);
  }
}
