import pg from "pg";
import { DatabaseUnavailableError } from "../errors.ts";

/**
 * Fixed key of the session-level advisory lock that serialises migrations
 * between Stackvend instances starting against one PostgreSQL. The engine
 * takes its own lock (72707369) too, but through a pooled connection and with
 * a 10 s timeout, so a second instance could fail while a long migration runs;
 * this one waits as long as it takes. A distinct key, so they never deadlock.
 */
export const MIGRATION_LOCK_KEY = 7_362_011_904n;

/**
 * Runs `work` while holding the migration lock. The lock lives on its own
 * connection because a session lock taken through a pool could be released
 * on a different connection than the one that took it.
 */
export async function withAdvisoryLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: Error) => {
    throw new DatabaseUnavailableError(new URL(url).host, error.message);
  });
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    await client.end();
  }
}
