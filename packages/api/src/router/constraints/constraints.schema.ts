import { z } from "zod";
import { ZId } from "../shared.schema.ts";

export const ZConstraintKind = z.enum([
  "PARAMETER_VALUES",
  "TEMPLATE_RULES",
  "REQUIRED_TAGS",
  "APPROVAL_POLICY",
  "LAUNCH_ROLE",
]);

export const ZListConstraintsInput = z.object({ portfolioId: ZId, productId: ZId.optional() });

/** The definition's shape depends on the kind; the service checks it against that kind's schema. */
export const ZSetConstraintInput = z.object({
  portfolioId: ZId,
  productId: ZId,
  kind: ZConstraintKind,
  definition: z.record(z.string(), z.unknown()),
  description: z.string().trim().max(1000, "description must be at most 1000 characters").default(""),
});

export const ZRemoveConstraintInput = z.object({ id: ZId });
