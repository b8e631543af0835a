const BASE = "http://stackvend.invalid";

/**
 * Where to go after signing in: only a path on this site. Anything that could
 * leave it (absolute URLs, protocol-relative "//host", backslash tricks,
 * control characters) falls back to the default, so sign-in is no open redirect.
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Returning to the sign-in page after signing in would only loop.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
