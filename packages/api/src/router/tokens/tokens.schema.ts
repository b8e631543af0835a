import { z } from "zod";

export const ZCreateApiTokenInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  expiresInDays: z.number().int().min(1).max(366).optional(),
});

export const ZRevokeApiTokenInput = z.object({ id: z.string().min(1).max(64) });
