import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** How long to wait before listening again after the connection dropped. */
const RECONNECT_MS = 5_000;

/**
 * LISTEN on a dedicated connection (a pooled one could be handed to a query
 * and lose its registration). A dropped connection is reopened after a pause;
 * until then callers rely on their own polling. Resolves once listening.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  onNotify: () => void,
  log: (msg: string) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel === channel) onNotify();
    });
    next.on("error", (error) => {
      log(`database listener (${channel}): ${error.message}`);
      dropped(next);
    });
    next.on("end", () => dropped(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) await next.end().catch(() => undefined);
    else client = next;
  };

  const scheduleRetry = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect().then(
        // Jobs may have been queued while nobody listened.
        () => onNotify(),
        (error: unknown) => {
          log(`database listener (${channel}): ${(error as Error).message}`);
          scheduleRetry();
        },
      );
    }, RECONNECT_MS);
    retry.unref();
  };

  const dropped = (lost: pg.Client) => {
    if (client !== lost) return;
    client = undefined;
    void lost.end().catch(() => undefined);
    scheduleRetry();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const open = client;
    client = undefined;
    await open?.end().catch(() => undefined);
  };
}

/** The embedded database's own LISTEN: its notifications arrive in-process, after the commit. */
export function listenOnPglite(
  pglite: PGlite,
  channel: string,
  onNotify: () => void,
): Promise<() => Promise<void>> {
  return pglite.listen(channel, () => onNotify());
}
