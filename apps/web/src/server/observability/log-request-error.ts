import type { Instrumentation } from "next";
import { processLogger } from "./logger.ts";
import { REQUEST_ID_HEADER } from "./request-id.ts";

type TArgs = Parameters<Instrumentation.onRequestError>;

export function logRequestError(error: TArgs[0], request: TArgs[1], context: TArgs[2]): void {
  const header = request.headers[REQUEST_ID_HEADER];
  const failure = error as Error & { digest?: string };
  processLogger().error(
    {
      requestId: Array.isArray(header) ? header[0] : header,
      digest: failure.digest,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      err: failure,
    },
    "request failed",
  );
}
