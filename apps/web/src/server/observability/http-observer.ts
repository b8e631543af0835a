import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import type { Logger } from "pino";
import { PEER_ADDRESS_HEADER } from "@stackvend/auth";
import type { TMetrics } from "./metrics.ts";
import { requestContextStorage, type TRequestContext } from "./request-context.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id.ts";
import { routeLabel } from "./route-label.ts";

export interface THttpObserverOptions {
  metrics: TMetrics;
  logger: Logger;
}

const INSTALLED = Symbol.for("@stackvend/web.http-observer");

/**
 * Times every request the process's HTTP server answers, whatever route
 * handles it: a request id (kept from a proxy or made here) on the request
 * for the pages, and on the response; the connection's peer address on the
 * request, for sign-in limits and audit (Next fills X-Forwarded-For only when
 * the client did not); one log line and the request metrics
 * when the response ends. `next start` owns the server, so the hook is on
 * the server's "request" event, installed once per process. The request is
 * answered inside a request context, where the app notes who the caller was.
 */
export function installHttpObserver(options: THttpObserverOptions): void {
  const holder = globalThis as { [INSTALLED]?: boolean };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const context = observe(args[0] as IncomingMessage, args[1] as ServerResponse, options);
    return requestContextStorage().run(context, () => emit.call(this, event, ...args));
  } as typeof Server.prototype.emit;
}

function observe(
  request: IncomingMessage,
  response: ServerResponse,
  options: THttpObserverOptions,
): TRequestContext {
  const started = process.hrtime.bigint();
  const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  const context: TRequestContext = { requestId: id };
  request.headers[REQUEST_ID_HEADER] = id;
  // Replaces whatever a client sent under this name: the one address nobody outside can choose.
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  response.setHeader(REQUEST_ID_HEADER, id);
  const method = request.method ?? "GET";
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  let done = false;
  const finish = (aborted: boolean) => {
    if (done) return;
    done = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const labels = { method, route: routeLabel(path), status: String(aborted ? 499 : response.statusCode) };
    options.metrics.httpRequests.inc(labels);
    options.metrics.httpDuration.observe(labels, seconds);
    if (labels.route.startsWith("/_next/static/")) return;
    options.logger.info(
      {
        requestId: id,
        method,
        route: labels.route,
        path,
        status: Number(labels.status),
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(context.userId ? { userId: context.userId } : {}),
      },
      aborted ? "request aborted" : "request",
    );
  };
  response.once("finish", () => finish(false));
  response.once("close", () => finish(!response.writableFinished));
  return context;
}
