import { z } from "zod";
import { ZId } from "../shared.schema.ts";

/** My requests come in pages, newest first: a page of `limit`, then `cursor` (the last one's id) for the next. */
export const ZListMyRequestsInput = z
  .object({ cursor: ZId.optional(), limit: z.number().int().min(1).max(200).default(25) })
  .default({ limit: 25 });
export const ZGetRequestInput = z.object({ id: ZId });
export const ZCancelRequestInput = z.object({ id: ZId, expectedVersion: z.number().int().min(1) });
export const ZMarkDeployedInput = z.object({
  id: ZId,
  expectedVersion: z.number().int().min(1),
  stackArn: z.string().trim().max(1600, "stackArn must be at most 1600 characters").optional(),
});
