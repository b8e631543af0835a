import "server-only";
import { notFound } from "next/navigation";

/** An object the API says does not exist (or is out of reach) becomes the 404 page. */
export async function orNotFound<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if ((error as { code?: unknown }).code === "NOT_FOUND") notFound();
    throw error;
  }
}
