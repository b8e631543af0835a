/**
 * The Content-Security-Policy of every page. Scripts run only with this
 * request's nonce (Next.js puts it on its own scripts) or when loaded by one
 * of them ('strict-dynamic'); an injected inline script has no nonce and is
 * blocked. Styles may be inline: React's style attributes need it, and a style
 * cannot run code. Development adds 'unsafe-eval' for React's debugging.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The 403 answer to a cross-site state-changing API request, or undefined when it may proceed. */
export function crossOriginRefusal(request: Request): Response | undefined {
  const problem = crossOriginProblem({
    method: request.method,
    origin: request.headers.get("origin"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    authorization: request.headers.get("authorization"),
  });
  if (!problem) return undefined;
  return Response.json(
    { error: { code: "FORBIDDEN", message: problem } },
    { status: 403, headers: { "cache-control": "no-store" } },
  );
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a state-changing API request is refused as cross-site, or undefined.
 * A browser always sends Origin on such requests and a page cannot forge it,
 * so a foreign Origin is refused; no Origin at all is only a script, allowed
 * when it authenticates with a bearer token (which no browser sends by itself).
 */
export function crossOriginProblem(request: {
  method: string;
  origin: string | null;
  host: string | null;
  authorization: string | null;
}): string | undefined {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
  if (request.origin === null) {
    return /^Bearer\s+\S+$/i.test(request.authorization ?? "")
      ? undefined
      : "A request that changes state needs an Origin header or an Authorization: Bearer token";
  }
  let host: string | undefined;
  try {
    host = new URL(request.origin).host;
  } catch {
    host = undefined;
  }
  return host !== undefined && host === request.host
    ? undefined
    : "Cross-origin request refused: the Origin header is not this site";
}
