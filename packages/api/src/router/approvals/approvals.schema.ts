import { z } from "zod";

export const ZApprovalQueueInput = z
  .object({ limit: z.number().int().min(1).max(200).default(100) })
  .default({ limit: 100 });
