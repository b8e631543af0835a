import { TRPCClientError, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import type { AppRouter } from "@stackvend/api";

/** Codes whose meaning is the whole message: said in the reader's language rather than the server's words. */
const GENERAL_CODES = [
  "UNAUTHORIZED",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "TOO_MANY_CALLS",
  "ENGINE_BUSY",
  "ENGINE_TIMEOUT",
  "INTERNAL",
] as const;
type TGeneralCode = (typeof GENERAL_CODES)[number];

export type TServerErrorKey = TGeneralCode | "NETWORK";
export type TTranslateServerError = (key: TServerErrorKey, values?: { seconds: number }) => string;

interface TErrorData {
  appCode?: string;
  retryAfterSeconds?: number | null;
}

function isGeneral(code: string | undefined): code is TGeneralCode {
  return (GENERAL_CODES as readonly string[]).includes(code ?? "");
}

/**
 * The message to show for a failed call: limits, lost sessions, server
 * faults and unreachable servers in the reader's language; every other
 * error keeps the server's message, which names the field and the rule.
 */
export function localizedMessage(error: TRPCClientError<AppRouter>, t: TTranslateServerError): string {
  const data = error.data as TErrorData | undefined;
  if (!data) return t("NETWORK");
  const code = data.appCode;
  if (!isGeneral(code)) return error.message;
  // The server always says when to retry after these; 5 s stands in should a proxy drop it.
  if (code === "RATE_LIMITED" || code === "ENGINE_BUSY")
    return t(code, { seconds: data.retryAfterSeconds ?? 5 });
  return t(code);
}

/** A link that rewrites each failed call's message with `localizedMessage`, so every form shows it as it is. */
export function localizedErrorLink(translate: TTranslateServerError): TRPCLink<AppRouter> {
  return () =>
    ({ next, op }) =>
      observable((observer) =>
        next(op).subscribe({
          next: (value) => observer.next(value),
          complete: () => observer.complete(),
          error: (error) => {
            if (error instanceof TRPCClientError) error.message = localizedMessage(error, translate);
            observer.error(error);
          },
        }),
      );
}
