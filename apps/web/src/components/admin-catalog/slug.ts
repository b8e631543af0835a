/**
 * A product slug from its name, as the server accepts it: 2-63 lowercase
 * letters, digits or hyphens, starting with a letter or digit. Accents are
 * dropped; any other run of characters becomes one hyphen.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 63)
    .replace(/-+$/, "");
}

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Version labels as the server accepts them: letters, digits and . _ + - */
export const VERSION_LABEL_PATTERN = /^[\w.+-]{1,64}$/;

/** "web, Storage , web" → ["web", "storage"]: tags as the server stores them. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,\n]/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** A label to suggest for the next version: the last number of the latest label, plus one. */
export function suggestNextLabel(latest: string | undefined): string {
  if (!latest) return "1.0.0";
  const match = /^(.*?)(\d+)(\D*)$/.exec(latest);
  if (!match) return `${latest}-2`;
  const [, head = "", digits = "0", tail = ""] = match;
  return `${head}${Number(digits) + 1}${tail}`;
}
