import { z } from "zod";

/** A database id in any procedure's input: every domain bounds it the same way. */
export const ZId = z.string().trim().min(1, "is required").max(64, "must be at most 64 characters");

/**
 * Control characters, and format characters (bidirectional overrides and
 * isolates, zero-width spaces and joiners, the byte-order mark): invisible or
 * reordering in what an approver reads. CloudFormation refuses them in tags.
 */
const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export const VISIBLE_TEXT_RULE = "must not contain control, bidirectional or zero-width characters";

/** A name, tag key or tag value: refuses characters a reader cannot see or that reorder the text. */
export function visibleText<T extends z.ZodString>(schema: T, rule = VISIBLE_TEXT_RULE): T {
  return schema.refine((text) => !HIDDEN_CHARACTER.test(text), rule);
}
