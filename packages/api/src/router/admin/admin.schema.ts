import { z } from "zod";

export const ZListUsersInput = z.object({
  query: z.string().trim().max(200).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export type TListUsersInput = z.infer<typeof ZListUsersInput>;

/** Optional text filter: blank (an empty form field) means no filter. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);

/** A day (YYYY-MM-DD, in UTC) or an instant with its offset. */
const bound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional();

export const ZAuditEventFilter = z.object({
  /** Part of the actor's email or label, or the actor's user id. */
  actor: text(254),
  /** An action or its prefix: `request.` matches every request action. */
  action: text(100),
  objectType: text(100),
  objectId: text(200),
  /** From this instant, or from the start of this day. */
  from: bound,
  /** Up to this instant, or to the end of this day. */
  to: bound,
});

export const ZListAuditEventsInput = ZAuditEventFilter.extend({
  cursor: z
    .string()
    .regex(/^\d+$/, "must be an audit event id")
    .max(19, "must be an audit event id")
    // Ids are bigint: a larger number would fail in the database, not as the caller's error.
    .refine(
      (id) => !/^\d{1,19}$/.test(id) || BigInt(id) <= 9_223_372_036_854_775_807n,
      "must be an audit event id",
    )
    .optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Newest first for reading; oldest first (chain order) for exports. */
  order: z.enum(["desc", "asc"]).default("desc"),
});

export type TAuditEventFilter = z.infer<typeof ZAuditEventFilter>;
export type TListAuditEventsInput = z.infer<typeof ZListAuditEventsInput>;
