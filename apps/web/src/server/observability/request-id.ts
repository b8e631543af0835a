import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** A proxy's id is kept when it looks like one (so logs join up); anything else gets a fresh id. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && /^[A-Za-z0-9._:-]{8,128}$/.test(value) ? value : randomUUID();
}
