import { z } from "zod";

export const ZListUsersInput = z.object({
  query: z.string().trim().max(200).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export type TListUsersInput = z.infer<typeof ZListUsersInput>;
