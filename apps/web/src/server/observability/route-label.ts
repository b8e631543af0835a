/**
 * A bounded label for metrics from a request path: the route's shape, never
 * its ids, so the number of series stays fixed whatever is requested.
 */
const STATIC_PREFIXES = ["/_next/static/", "/_next/image", "/fonts/"];
const ID = /^(?:c[a-z0-9]{20,30}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;
/** A segment after "catalog" is a product's slug, chosen by its publisher, not a route part. */
const SLUG_AFTER = new Set(["catalog"]);
/** Known first segments; anything else is one "other" label (scanners probing paths). */
const KNOWN_ROOTS = new Set([
  "",
  "api",
  "catalog",
  "requests",
  "approvals",
  "admin",
  "account",
  "notifications",
  "sign-in",
  "icon.svg",
  "favicon.ico",
]);

export function routeLabel(path: string): string {
  const pathname = path.split("?")[0] ?? "/";
  for (const prefix of STATIC_PREFIXES) if (pathname.startsWith(prefix)) return `${prefix}*`;
  const segments = pathname.split("/").slice(1);
  if (!KNOWN_ROOTS.has(segments[0] ?? "")) return "other";
  if (segments[0] === "api" && segments[1] === "trpc") return "/api/trpc/[procedures]";
  const shaped = segments.map((segment, i) => {
    if (ID.test(segment)) return "[id]";
    if (i === 1 && SLUG_AFTER.has(segments[0] ?? "")) return "[slug]";
    return segment;
  });
  return `/${shaped.slice(0, 6).join("/")}`;
}
