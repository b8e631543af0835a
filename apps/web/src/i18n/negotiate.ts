import { DEFAULT_LOCALE, isLocale, type TLocale } from "./config";

interface TRange {
  tag: string;
  q: number;
  order: number;
}

/** Parses an Accept-Language header into language ranges, best first (ties keep header order). */
export function parseAcceptLanguage(header: string | null | undefined): TRange[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(",")
    .map((part, order): TRange | null => {
      const [rawTag, ...params] = part.trim().split(";");
      const tag = rawTag?.trim().toLowerCase() ?? "";
      if (!tag || !/^[a-z*]{1,8}(-[a-z0-9]{1,8})*$/.test(tag)) return null;
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      if (!Number.isFinite(q) || q <= 0 || q > 1) return null;
      return { tag, q, order };
    })
    .filter((r): r is TRange => r !== null)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * The UI language: an explicit choice (cookie) wins, then the browser's
 * preference by primary subtag ("ko-KR" → ko), then English.
 */
export function negotiateLocale(
  cookieValue: string | null | undefined,
  acceptLanguage: string | null | undefined,
): TLocale {
  if (isLocale(cookieValue)) return cookieValue;
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    if (tag === "*") return DEFAULT_LOCALE;
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
