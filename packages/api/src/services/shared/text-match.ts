/**
 * LIKE passes its wildcards through, so a search for "%" or "_" would match
 * everything; they are escaped with LIKE's default escape, `\`.
 */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** A LIKE pattern matching `text` anywhere, for SQL. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** The same match as a case-insensitive substring filter for Prisma (`contains` adds the `%`s itself). */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: "insensitive" as const };
}
