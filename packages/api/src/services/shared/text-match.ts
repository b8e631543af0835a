/**
 * A case-insensitive substring filter for Prisma. `contains` is SQL LIKE
 * underneath and passes its wildcards through, so a search for "%" or "_"
 * would match everything; they are escaped with LIKE's default escape, `\`.
 */
export function containsText(text: string) {
  return { contains: text.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
}
