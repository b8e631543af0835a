import {
  closeEnginePool,
  createNotificationWorker,
  enginePoolAvailable,
  expireOverdueRequests,
  JOBS_CHANNEL,
  preloadPrebuiltSpec,
  sendDueReminders,
} from "@stackvend/api";
import { DatabaseLockedError, DatabaseUnavailableError, MigrationError, observeQueries } from "@stackvend/db";
import { EnvError } from "../env.ts";
import { installHttpObserver } from "./observability/http-observer.ts";
import { processLogger } from "./observability/logger.ts";
import { processMetrics } from "./observability/metrics.ts";
import { getRuntime } from "./runtime.ts";

/** Errors whose message is the whole story for an operator; anything else also gets its stack. */
const EXPLAINED = [EnvError, DatabaseLockedError, DatabaseUnavailableError, MigrationError];

/** How often undecided requests past their policy's expiry are closed and due reminders are queued. */
const EXPIRY_SWEEP_MS = 60_000;

/** Validate configuration, migrate, seed; a failure stops the server with a readable message. */
export async function startServer(): Promise<void> {
  try {
    const { database, env, notifications } = await getRuntime();
    const metrics = processMetrics();
    metrics.watchQueue(database.prisma);
    observeQueries((ms) => metrics.dbQueryDuration.observe(ms / 1000));
    installHttpObserver({ metrics, logger: processLogger(env.LOG_LEVEL) });
    console.log(`[stackvend] Database ready (${database.mode}). Open ${env.STACKVEND_BASE_URL}`);
    console.log(
      `[stackvend] Email ${notifications.mail ? `on, from ${notifications.mail.from}` : "off (set SMTP_URL to send email)"}`,
    );
    console.log(
      `[stackvend] Resource specification: ${preloadPrebuiltSpec() ? "the engine's trimmed build, loaded" : "the full database, loaded when first needed (the engine is not built or is older than its sources)"}`,
    );
    console.log(
      `[stackvend] Large templates ${enginePoolAvailable() ? "are analysed on worker threads" : "are analysed inline: the engine worker is not built or is older than its sources (npm run build -w @stackvend/cfn)"}`,
    );
    // Delivers what the outbox queued: email, webhooks. Woken by each commit that queued jobs (on
    // any instance); polls as a fallback, and is kicked after each sweep.
    const worker = createNotificationWorker({
      db: database.prisma,
      settings: notifications,
      subscribe: (wake) => database.listen(JOBS_CHANNEL, wake),
    });
    worker.start();
    const sweep = async () => {
      try {
        const changed =
          (await expireOverdueRequests(database.prisma)) + (await sendDueReminders(database.prisma));
        if (changed > 0) worker.kick();
      } catch (error) {
        console.error("[stackvend] Expiring overdue requests or sending reminders failed:", error);
      }
    };
    void sweep();
    const timer = setInterval(sweep, EXPIRY_SWEEP_MS).unref();
    // A delivery in progress finishes (or its lease lets another instance take it over); then the
    // signal ends the process as it would have without this listener.
    const stop = (signal: NodeJS.Signals) => {
      clearInterval(timer);
      void Promise.allSettled([worker.stop(), closeEnginePool()]).finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    const explained = EXPLAINED.some((type) => error instanceof type);
    console.error(explained ? (error as Error).message : error);
    console.error("[stackvend] Start aborted.");
    process.exit(1);
  }
}
