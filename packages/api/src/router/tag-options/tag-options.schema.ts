import { z } from "zod";
import { visibleText, ZId } from "../shared.schema.ts";

/** CloudFormation stack tags: keys up to 128 characters, values up to 256, `aws:` is reserved. */
export const ZTagKey = visibleText(
  z
    .string()
    .trim()
    .min(1, "key is required")
    .max(128, "key must be at most 128 characters")
    .refine((k) => !k.toLowerCase().startsWith("aws:"), "key must not start with aws: (reserved by AWS)"),
);
export const ZTagValue = visibleText(z.string().trim().max(256, "value must be at most 256 characters"));

export const ZListTagOptionsInput = z
  .object({ key: ZTagKey.optional(), includeInactive: z.boolean().default(false) })
  .default({ includeInactive: false });
export const ZCreateTagOptionInput = z.object({
  key: ZTagKey,
  value: ZTagValue.min(1, "value is required"),
  description: z.string().trim().max(500, "description must be at most 500 characters").default(""),
});
export const ZUpdateTagOptionInput = z.object({
  id: ZId,
  active: z.boolean().optional(),
  description: z.string().trim().max(500, "description must be at most 500 characters").optional(),
});
