import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Job, Prisma, TDb } from "@stackvend/db";
import type { TNotificationEvent } from "./events.ts";
import {
  announceJobs,
  claimJobs,
  completeJob,
  DEFAULT_BACKOFF,
  failJob,
  leased,
  type TBackoff,
} from "./job-queue.ts";
import { createMailer, type TSendMail } from "./mailer.ts";
import { emailLocale } from "./messages.ts";
import { NOTIFY_QUEUE } from "./notify-request-event.ts";
import { renderEventEmail } from "./render-email.ts";
import type { TNotificationSettings } from "./settings.ts";
import { postWebhook, webhookBody } from "./webhook-delivery.ts";
import type { TResolver } from "./webhook-guard.ts";

export const EMAIL_QUEUE = "email";
export const WEBHOOK_QUEUE = "webhook";
const DELIVERY_ATTEMPTS = 8;

export interface TWorkerOptions {
  db: TDb;
  settings: TNotificationSettings;
  /** Unique per worker; the lease names it. */
  workerId?: string;
  batch?: number;
  /** A job claimed longer ago than this is taken to be abandoned and claimed again. */
  leaseMs?: number;
  /** The fallback when no notification arrives (none subscribed, or the listening connection dropped). */
  pollMs?: number;
  /**
   * Calls `wake` on each commit that queued jobs (LISTEN on JOBS_CHANNEL, see
   * `TDatabase.listen`); resolves to the unsubscribe. Without it the worker only polls.
   */
  subscribe?: (wake: () => void) => Promise<() => Promise<void>>;
  backoff?: TBackoff;
  now?: () => Date;
  random?: () => number;
  resolve?: TResolver;
  /** Replaces SMTP (tests); default from the settings. */
  sendMail?: TSendMail | null;
  log?: (message: string, error?: unknown) => void;
}

export interface TNotificationWorker {
  readonly workerId: string;
  /** Claims one batch and delivers it; how many jobs it handled. */
  runOnce(): Promise<number>;
  /** Listens for new jobs and polls every pollMs until stopped; `kick` runs a round at once. */
  start(): void;
  kick(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

/** The delivery worker of one server process: at least once, retried with backoff, leased so a stopped worker's jobs resume. */
export function createNotificationWorker(options: TWorkerOptions): TNotificationWorker {
  const { db, settings } = options;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batch = options.batch ?? 10;
  const pollMs = options.pollMs ?? 2_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(`[stackvend] ${message}`, error ?? ""));
  const sendMail = options.sendMail === undefined ? createMailer(settings) : options.sendMail;

  const fail = (job: Job, error: string, responseStatus: number | null = null) =>
    failJob(db, job, workerId, now(), { error, responseStatus }, backoff, options.random);

  /** One event → one email job per recipient who wants it, one webhook job per endpoint; atomically with finishing the fan-out. */
  async function fanOut(job: Job) {
    const event = job.payload as unknown as TNotificationEvent;
    await db.$transaction(async (tx) => {
      const { count } = await tx.job.updateMany({
        where: leased(job, workerId),
        data: { status: "SUCCEEDED", completedAt: now(), lockedAt: null, lockedBy: null },
      });
      // Lease lost: whoever holds it now fans out; this attempt writes nothing.
      if (count === 0) return;
      const common = { eventId: event.id, eventType: event.type, requestId: event.request.id };
      const data: Prisma.JobCreateManyInput[] = [];
      if (sendMail && event.recipientIds.length > 0) {
        const users = await tx.user.findMany({
          where: { id: { in: event.recipientIds }, disabledAt: null },
          select: { id: true, notificationPrefs: { select: { emailOff: true } } },
        });
        for (const user of users) {
          if (user.notificationPrefs?.emailOff.includes(event.type)) continue;
          data.push({
            ...common,
            queue: EMAIL_QUEUE,
            recipientId: user.id,
            payload: event as unknown as Prisma.InputJsonObject,
            maxAttempts: DELIVERY_ATTEMPTS,
          });
        }
      }
      // Filtered here rather than with `has`: endpoints are few, and array filters differ on the embedded adapter.
      const endpoints = await tx.webhookEndpoint.findMany({
        where: { enabled: true },
        select: { id: true, events: true },
      });
      for (const endpoint of endpoints) {
        if (endpoint.events.length > 0 && !endpoint.events.includes(event.type)) continue;
        data.push({
          ...common,
          queue: WEBHOOK_QUEUE,
          endpointId: endpoint.id,
          payload: event as unknown as Prisma.InputJsonObject,
          maxAttempts: DELIVERY_ATTEMPTS,
        });
      }
      if (data.length > 0) {
        await tx.job.createMany({ data });
        await announceJobs(tx);
      }
    });
  }

  async function deliverEmail(job: Job) {
    const event = job.payload as unknown as TNotificationEvent;
    const user = job.recipientId
      ? await db.user.findUnique({
          where: { id: job.recipientId },
          select: { email: true, locale: true, disabledAt: true, notificationPrefs: true },
        })
      : null;
    if (!sendMail) return completeJob(db, job, workerId, now(), null, "skipped: email is not configured");
    if (!user || user.disabledAt) return completeJob(db, job, workerId, now(), null, "skipped: no such user");
    if (user.notificationPrefs?.emailOff.includes(event.type))
      return completeJob(db, job, workerId, now(), null, "skipped: turned off by the recipient");
    try {
      await sendMail(user.email, renderEventEmail(event, emailLocale(user.locale), settings.baseUrl));
    } catch (error) {
      return fail(job, (error as Error).message || String(error));
    }
    return completeJob(db, job, workerId, now());
  }

  async function deliverWebhook(job: Job) {
    const endpoint = job.endpointId
      ? await db.webhookEndpoint.findUnique({ where: { id: job.endpointId } })
      : null;
    if (!endpoint)
      return failJob(
        db,
        { ...job, attempts: job.maxAttempts },
        workerId,
        now(),
        { error: "the endpoint was deleted" },
        backoff,
      );
    if (!endpoint.enabled) return completeJob(db, job, workerId, now(), null, "skipped: endpoint disabled");
    const event = job.payload as unknown as TNotificationEvent;
    const result = await postWebhook({
      url: endpoint.url,
      body: webhookBody(event, endpoint.format, settings.baseUrl),
      secret: endpoint.secret,
      headers: { "Stackvend-Event": event.type, "Stackvend-Delivery": job.id.toString() },
      allowPrivate: settings.webhooks.allowPrivate,
      timeoutMs: settings.webhooks.timeoutMs,
      resolve: options.resolve,
      now,
    });
    if (result.ok) return completeJob(db, job, workerId, now(), result.status);
    return fail(job, result.error ?? "failed", result.status);
  }

  async function handle(job: Job) {
    try {
      // Claimed again after its last attempt's worker stopped: that attempt counts.
      if (job.attempts > job.maxAttempts) {
        await failJob(
          db,
          { ...job, attempts: job.maxAttempts },
          workerId,
          now(),
          {
            error: job.lastError ?? "the worker delivering it stopped before finishing",
            responseStatus: job.responseStatus,
          },
          backoff,
        );
        return;
      }
      if (job.queue === NOTIFY_QUEUE) await fanOut(job);
      else if (job.queue === EMAIL_QUEUE) await deliverEmail(job);
      else if (job.queue === WEBHOOK_QUEUE) await deliverWebhook(job);
      else await fail(job, `unknown queue ${job.queue}`);
    } catch (error) {
      log(`Job ${job.id} (${job.queue}) failed:`, error);
      await fail(job, (error as Error).message || String(error)).catch(() => undefined);
    }
  }

  async function runOnce(): Promise<number> {
    const jobs = await claimJobs(db, { workerId, now: now(), leaseMs, batch });
    await Promise.all(jobs.map(handle));
    return jobs.length;
  }

  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  let stopped = true;
  let again = false;
  let unsubscribe: Promise<(() => Promise<void>) | undefined> | undefined;

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(kick, pollMs);
    timer.unref();
  };

  function kick() {
    if (stopped) return;
    if (round) {
      again = true;
      return;
    }
    round = (async () => {
      try {
        do {
          again = false;
          while (!stopped && (await runOnce()) === batch);
        } while (again && !stopped);
      } catch (error) {
        log("Delivering notifications failed:", error);
      } finally {
        round = undefined;
        schedule();
      }
    })();
  }

  return {
    workerId,
    runOnce,
    kick,
    start() {
      stopped = false;
      unsubscribe = options.subscribe?.(kick).catch((error: unknown) => {
        log("Listening for new notifications failed; polling instead:", error);
        return undefined;
      });
      kick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const listening = await unsubscribe;
      unsubscribe = undefined;
      await Promise.all([round, listening?.().catch(() => undefined)]);
    },
  };
}

/** Runs rounds until no job is due or running (tests, and a clean shutdown). */
export async function runUntilIdle(
  worker: Pick<TNotificationWorker, "runOnce">,
  db: TDb,
  { timeoutMs = 20_000, pauseMs = 10 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await worker.runOnce()) > 0) continue;
    const open = await db.job.count({ where: { status: { in: ["PENDING", "RUNNING"] } } });
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`runUntilIdle: ${open} jobs still open after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}
