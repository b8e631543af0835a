/**
 * Domain errors thrown by services. Services never know about tRPC or HTTP;
 * the one table below says what each code becomes at the edge.
 */
export const APP_ERROR_TABLE = {
  UNAUTHORIZED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  INVALID_INPUT: { trpc: "BAD_REQUEST", http: 400 },
  INVALID_TEMPLATE: { trpc: "UNPROCESSABLE_CONTENT", http: 422 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  /** The object changed since the caller read it (optimistic lock or lost race). */
  STALE: { trpc: "CONFLICT", http: 409 },
  INVALID_TRANSITION: { trpc: "PRECONDITION_FAILED", http: 412 },
  /** Too many expensive calls in a window; the answer carries Retry-After. */
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  /** A request body over the limit, refused before it is read in full. */
  PAYLOAD_TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", http: 413 },
  /** A REST request body that is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: { trpc: "UNSUPPORTED_MEDIA_TYPE", http: 415 },
  /** A tRPC batch with more calls than one request may carry. */
  TOO_MANY_CALLS: { trpc: "BAD_REQUEST", http: 400 },
  /** Too many large templates already wait for an engine thread; the answer carries Retry-After. */
  ENGINE_BUSY: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
  /** One template's analysis ran past the engine's time limit and was stopped. */
  ENGINE_TIMEOUT: { trpc: "TIMEOUT", http: 408 },
  INTERNAL: { trpc: "INTERNAL_SERVER_ERROR", http: 500 },
} as const;

export type TAppErrorCode = keyof typeof APP_ERROR_TABLE;

/** The domain code an error without one stands for: the first in the table with its tRPC code. */
export function appCodeOfTrpcCode(trpcCode: string): TAppErrorCode {
  const codes = Object.keys(APP_ERROR_TABLE) as TAppErrorCode[];
  return codes.find((code) => APP_ERROR_TABLE[code].trpc === trpcCode) ?? "INTERNAL";
}

/** Field name → messages, so a form can show each error beside its field. */
export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly fieldErrors?: TFieldErrors;
  /** For RATE_LIMITED: when the caller may try again, sent as Retry-After. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: TAppErrorCode,
    message?: string,
    options?: { fieldErrors?: TFieldErrors; cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get httpStatus(): number {
    return APP_ERROR_TABLE[this.code].http;
  }
}

/** The same NOT_FOUND for "does not exist" and "exists but not yours", so existence never leaks. */
export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} not found`);
}
