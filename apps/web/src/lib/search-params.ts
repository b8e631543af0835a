/** Control characters cannot be typed into a field, and PostgreSQL text cannot hold U+0000. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/**
 * One value from Next's searchParams: the first when repeated, without control
 * characters, trimmed, bounded; empty when absent.
 */
export function firstParam(value: string | string[] | undefined, maxLength = 200): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return (raw ?? "").replace(CONTROL_CHARACTERS, "").trim().slice(0, maxLength);
}

/** Percent-decoded text, or null when its encoding is malformed (`%ff`), where decodeURIComponent throws. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A dynamic route segment, percent-decoded and bounded; null when its encoding is malformed (a 404, not a crash). */
export function routeParam(segment: string, maxLength = 63): string | null {
  return safeDecode(segment)?.slice(0, maxLength) ?? null;
}

export function withParams(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
