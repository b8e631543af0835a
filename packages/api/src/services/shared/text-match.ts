/**
 * A LIKE pattern matching `text` anywhere. LIKE passes its wildcards through,
 * so a search for "%" or "_" would match everything; they are escaped with
 * LIKE's default escape, `\`.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/** The same match as a case-insensitive substring filter for Prisma (`contains` adds the `%`s itself). */
export function containsText(text: string) {
  return { contains: containsPattern(text).slice(1, -1), mode: "insensitive" as const };
}
