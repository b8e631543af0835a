import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { signInUrl } from "./auth-guard";
import { PATH_HEADER } from "./path-header";

/**
 * Runs procedures for a server-rendered page and answers their refusals the
 * way a page should, the same on every page:
 * - UNAUTHORIZED (the session ended meanwhile): sign in and come back here;
 * - FORBIDDEN (a role revoked since the session began): null, and the page
 *   renders `<Forbidden />`;
 * - NOT_FOUND (missing, or outside the caller's reach) and BAD_REQUEST (a
 *   malformed id from the path): the 404 page, saying nothing more;
 * - anything else is a real failure, for the error page.
 * `T` excludes null so that null can only mean "forbidden".
 */
export async function callForPage<T extends NonNullable<unknown>>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "UNAUTHORIZED") redirect(signInUrl((await headers()).get(PATH_HEADER) ?? "/"));
    if (code === "FORBIDDEN") return null;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
}

/**
 * A page's object for its metadata only: refusals become "no object", and the
 * page itself, loading the same object, answers them. A not-found thrown from
 * `generateMetadata` escapes the root layout, so that 404 page would have no
 * `lang`, header or styles.
 */
export function metadataOf<T>(loading: Promise<T | null>): Promise<T | null> {
  return loading.catch(() => null);
}
