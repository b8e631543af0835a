import { z } from "zod";

export const ZListAuditEventsInput = z.object({
  cursor: z.string().regex(/^\d+$/, "must be an audit event id").max(20).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
