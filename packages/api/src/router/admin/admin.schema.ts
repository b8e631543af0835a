import { z } from "zod";

export const ZListUsersInput = z.object({
  query: z.string().trim().max(200).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export type TListUsersInput = z.infer<typeof ZListUsersInput>;

export const ZListAuditEventsInput = z.object({
  cursor: z.string().regex(/^\d+$/, "must be an audit event id").max(20).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
