import { AppError } from "../errors/app-error.ts";
import { MAX_REQUEST_BODY_BYTES } from "./limits.ts";

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB (${maxBytes} bytes)`,
  );
}

/**
 * The request with a body that fails as PAYLOAD_TOO_LARGE once more than
 * `maxBytes` arrive, or at once when Content-Length declares more, so an
 * oversized body is never read in full nor held in memory. The source is left
 * unread rather than cancelled: cancelling can reset the connection before
 * the 413 answer reaches the client; the server discards the rest.
 */
export function withBoundedBody(req: Request, maxBytes = MAX_REQUEST_BODY_BYTES): Request {
  if (!req.body) return req;
  const declared = Number(req.headers.get("content-length") ?? "0");
  const source = req.body.getReader();
  let received = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (declared > maxBytes) {
        controller.error(tooLarge(maxBytes));
        return;
      }
      const { done, value } = await source.read();
      if (done) {
        controller.close();
        return;
      }
      received += value.byteLength;
      if (received > maxBytes) {
        controller.error(tooLarge(maxBytes));
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return source.cancel(reason);
    },
  });
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body,
    signal: req.signal,
    duplex: "half",
  } as RequestInit);
}
