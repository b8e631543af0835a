import { z } from "zod";
import { ZId } from "../shared.schema.ts";

export const ZListMyRequestsInput = z
  .object({ limit: z.number().int().min(1).max(200).default(100) })
  .default({ limit: 100 });
export const ZGetRequestInput = z.object({ id: ZId });
export const ZCancelRequestInput = z.object({ id: ZId, expectedVersion: z.number().int().min(1) });
export const ZMarkDeployedInput = z.object({
  id: ZId,
  expectedVersion: z.number().int().min(1),
  stackArn: z.string().trim().max(1600, "stackArn must be at most 1600 characters").optional(),
});
