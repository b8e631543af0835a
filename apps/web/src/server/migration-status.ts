import "server-only";
import type { TDatabase, TMigrationStatus } from "@stackvend/db";

/** Checking migrations starts Prisma's schema engine (tens of ms): fine every 30 s, not per health probe. */
const TTL_MS = 30_000;
let cached: { at: number; status: Promise<TMigrationStatus> } | undefined;

export function migrationStatusOf(database: TDatabase): Promise<TMigrationStatus> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const status = database.migrationStatus();
    cached = { at: Date.now(), status };
    status.catch(() => (cached = undefined));
  }
  return cached.status;
}
