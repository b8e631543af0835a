import { AsyncLocalStorage } from "node:async_hooks";

/** What the log line of a request learns while the request is being answered. */
export interface TRequestContext {
  requestId: string;
  userId?: string;
}

const STORAGE = Symbol.for("@stackvend/web.request-context");

/** One store per process, shared by the HTTP hook and every bundle of the app. */
export function requestContextStorage(): AsyncLocalStorage<TRequestContext> {
  const holder = globalThis as { [STORAGE]?: AsyncLocalStorage<TRequestContext> };
  return (holder[STORAGE] ??= new AsyncLocalStorage());
}

/** Records who the request turned out to be (session or token), for its log line. */
export function noteRequestUser(userId: string | undefined): void {
  const context = requestContextStorage().getStore();
  if (context && userId) context.userId = userId;
}
