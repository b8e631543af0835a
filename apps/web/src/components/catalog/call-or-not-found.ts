import "server-only";
import { notFound } from "next/navigation";

/** A procedure's NOT_FOUND (missing, or outside the caller's portfolios) becomes Next's 404, saying nothing more. */
export async function callOrNotFound<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
}
