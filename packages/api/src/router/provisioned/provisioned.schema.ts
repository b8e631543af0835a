import { MAX_JUSTIFICATION } from "@stackvend/cfn";
import { z } from "zod";
import { ZId } from "../shared.schema.ts";

export const ZListProvisionedInput = z
  .object({
    status: z.enum(["ACTIVE", "TERMINATED"]).optional(),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .default({ limit: 100 });
export const ZGetProvisionedInput = z.object({ id: ZId });
export const ZStartUpdateInput = z.object({ id: ZId, productVersionId: ZId });
export const ZTerminateInput = z.object({
  id: ZId,
  justification: z
    .string()
    .trim()
    .max(MAX_JUSTIFICATION, `justification must be at most ${MAX_JUSTIFICATION} characters`)
    .default(""),
});
