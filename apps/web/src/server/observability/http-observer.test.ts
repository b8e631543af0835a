import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installHttpObserver } from "./http-observer.ts";
import { processMetrics } from "./metrics.ts";
import { noteRequestUser } from "./request-context.ts";

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
let server: Server;
let base: string;

beforeAll(async () => {
  installHttpObserver({ metrics: processMetrics(), logger: pino({ level: "info" }, sink) });
  server = createServer((request, response) => {
    // Later in the request, as a page or a procedure would after resolving its caller.
    setTimeout(() => {
      if (request.url?.startsWith("/requests/")) noteRequestUser("user-1");
      response.statusCode = request.url?.startsWith("/missing") ? 404 : 200;
      response.end(String(request.headers["x-stackvend-peer-address"]));
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the HTTP observer", () => {
  it("gives each response a request id, and keeps a proxy's", async () => {
    const fresh = await fetch(`${base}/catalog`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${base}/catalog`, { headers: { "x-request-id": "proxy-id-12345" } });
    expect(kept.headers.get("x-request-id")).toBe("proxy-id-12345");
    const refused = await fetch(`${base}/catalog`, { headers: { "x-request-id": "<script>" } });
    expect(refused.headers.get("x-request-id")).not.toBe("<script>");
  });

  it("records the connection's peer address on the request, replacing a client's own header", async () => {
    const response = await fetch(`${base}/catalog`, {
      headers: { "x-stackvend-peer-address": "203.0.113.66" },
    });
    expect(await response.text()).toBe("127.0.0.1");
  });

  it("writes one JSON line per request with its id, route, status, duration and user, never the query", async () => {
    const response = await fetch(`${base}/requests/cmx66pzsg0003oy7dizz3g7so?token=secret-value`);
    await settle();
    const line = lines.find((l) => l.requestId === response.headers.get("x-request-id"));
    expect(line).toMatchObject({
      msg: "request",
      method: "GET",
      route: "/requests/[id]",
      path: "/requests/cmx66pzsg0003oy7dizz3g7so",
      status: 200,
      userId: "user-1",
    });
    expect(line?.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain("secret-value");
  });

  it("counts requests and their durations by route and status for Prometheus", async () => {
    await fetch(`${base}/missing/thing`);
    await settle();
    const text = await processMetrics().registry.metrics();
    expect(text).toContain('stackvend_http_requests_total{method="GET",route="other",status="404"} 1');
    expect(text).toMatch(
      /stackvend_http_request_duration_seconds_count\{method="GET",route="\/catalog",status="200"\} 4/,
    );
    expect(text).toContain("stackvend_process_resident_memory_bytes");
  });
});
