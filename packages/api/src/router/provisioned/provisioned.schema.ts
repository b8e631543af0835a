import { MAX_JUSTIFICATION } from "@stackvend/cfn";
import { z } from "zod";
import { MAX_BULK_UPGRADE } from "../../services/provisioned/bulk-upgrade.ts";
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

export const ZAdminProvisionedInput = z.object({
  productId: ZId,
  status: z.enum(["ACTIVE", "TERMINATED"]).default("ACTIVE"),
});
export const ZBulkUpgradeInput = z.object({
  productId: ZId,
  productVersionId: ZId,
  ids: z
    .array(ZId)
    .min(1, "ids: choose at least one provisioned product")
    .max(MAX_BULK_UPGRADE, `ids: at most ${MAX_BULK_UPGRADE} provisioned products at once`),
});
