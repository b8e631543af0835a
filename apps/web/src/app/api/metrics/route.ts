import { timingSafeEqual } from "node:crypto";
import { processMetrics } from "@/server/observability/metrics";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus metrics for a scraper holding STACKVEND_METRICS_TOKEN as a bearer
 * token. Without a configured token the endpoint does not exist.
 */
export async function GET(request: Request) {
  const { env } = await getRuntime();
  const headers = { "cache-control": "no-store" };
  if (!env.STACKVEND_METRICS_TOKEN) {
    return Response.json(
      {
        error: { code: "NOT_FOUND", message: "Metrics are off: set STACKVEND_METRICS_TOKEN to serve them." },
      },
      { status: 404, headers },
    );
  }
  const given = /^Bearer (.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameSecret(given, env.STACKVEND_METRICS_TOKEN)) {
    return Response.json(
      {
        error: { code: "UNAUTHORIZED", message: "Send the metrics token as Authorization: Bearer <token>." },
      },
      { status: 401, headers: { ...headers, "www-authenticate": 'Bearer realm="stackvend-metrics"' } },
    );
  }
  const { registry } = processMetrics();
  return new Response(await registry.metrics(), {
    headers: { ...headers, "content-type": registry.contentType },
  });
}
