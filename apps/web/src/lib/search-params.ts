/** One value from Next's searchParams: the first when repeated, trimmed, bounded; empty when absent. */
export function firstParam(value: string | string[] | undefined, maxLength = 200): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return (raw ?? "").trim().slice(0, maxLength);
}

export function withParams(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
