import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { TDb } from "@stackvend/db";

export interface TMetrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route" | "status">;
  dbQueryDuration: Histogram;
  /** Reads the job queue from the database at each scrape. */
  watchQueue(db: TDb): void;
}

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const DB_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];

function createMetrics(): TMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "stackvend_" });
  const httpRequests = new Counter({
    name: "stackvend_http_requests_total",
    help: "HTTP requests answered, by method, route and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "stackvend_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its response",
    labelNames: ["method", "route", "status"] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const dbQueryDuration = new Histogram({
    name: "stackvend_db_query_duration_seconds",
    help: "Duration of each database statement",
    buckets: DB_BUCKETS,
    registers: [registry],
  });
  let queueDb: TDb | undefined;
  new Gauge({
    name: "stackvend_jobs",
    help: "Notification and delivery jobs by queue and status (FAILED: gave up after the last retry)",
    labelNames: ["queue", "status"] as const,
    registers: [registry],
    async collect() {
      if (!queueDb) return;
      this.reset();
      const groups = await queueDb.job.groupBy({ by: ["queue", "status"], _count: { _all: true } });
      for (const group of groups) this.set({ queue: group.queue, status: group.status }, group._count._all);
    },
  });
  return {
    registry,
    httpRequests,
    httpDuration,
    dbQueryDuration,
    watchQueue: (db) => {
      queueDb = db;
    },
  };
}

/**
 * One registry per process: Next.js bundles the instrumentation hook and the
 * route handlers separately, so a module-level registry would be two.
 */
const METRICS = Symbol.for("@stackvend/web.metrics");

export function processMetrics(): TMetrics {
  const holder = globalThis as { [METRICS]?: TMetrics };
  return (holder[METRICS] ??= createMetrics());
}
