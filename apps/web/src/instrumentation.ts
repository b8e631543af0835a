import type { Instrumentation } from "next";

/** Runs once when the server starts, before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./server/start.ts");
    await startServer();
  }
}

/**
 * A page or route that failed: one log line joining the request id (in the
 * response header) and the digest the error page shows as its reference.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./server/observability/log-request-error.ts");
  logRequestError(error, request, context);
};
