import { MAX_JUSTIFICATION, STACK_NAME_RULE } from "@stackvend/cfn";
import { z } from "zod";
import { VISIBLE_TEXT_RULE, visibleText, ZId } from "../shared.schema.ts";

/** Parameter values as a form sends them: one string, or a list for list parameters. Bounded, checked later against the version's schema. */
export const ZOrderValues = z
  .record(
    z.string().min(1).max(255, "parameter names are at most 255 characters"),
    z.union([
      z.string().max(4096, "a value is at most 4096 characters"),
      z.array(z.string().max(4096)).max(500),
    ]),
  )
  .refine((values) => Object.keys(values).length <= 200, "values: at most 200 parameters");

/** Stack tags as CloudFormation limits them. */
export const ZOrderTags = z
  .record(
    visibleText(
      z
        .string()
        .min(1)
        .max(128, "tag keys are at most 128 characters")
        .refine((key) => !key.toLowerCase().startsWith("aws:"), "tag keys starting with aws: are reserved"),
      `tag keys ${VISIBLE_TEXT_RULE}`,
    ),
    visibleText(z.string().max(256, "tag values are at most 256 characters")),
  )
  .refine((tags) => Object.keys(tags).length <= 50, "tags: at most 50");

// Bounded here; the full stack name rule is the engine's order check, so it reports beside the field.
const ZStackNameInput = z
  .string()
  .trim()
  .max(STACK_NAME_RULE.maxLength, `stackName must be at most ${STACK_NAME_RULE.maxLength} characters`);
const ZJustification = z
  .string()
  .trim()
  .max(MAX_JUSTIFICATION, `justification must be at most ${MAX_JUSTIFICATION} characters`);

export const ZGetOrderFormInput = z.object({
  productSlug: z.string().trim().min(1).max(63),
  portfolioId: ZId,
  versionId: ZId.optional(),
  /** The draft being edited, when it updates a provisioned product. */
  requestId: ZId.optional(),
});

export const ZPreviewOrderInput = z.object({
  /** The draft previewed, when it updates a provisioned product: the preview then shows what changes. */
  requestId: ZId.optional(),
  portfolioId: ZId,
  productVersionId: ZId,
  stackName: ZStackNameInput,
  values: ZOrderValues,
  tags: ZOrderTags.default({}),
});

export const ZSaveDraftInput = z.object({
  id: ZId.optional(),
  expectedVersion: z.number().int().min(1).optional(),
  portfolioId: ZId,
  productVersionId: ZId,
  stackName: ZStackNameInput.default(""),
  values: ZOrderValues.default({}),
  tags: ZOrderTags.default({}),
  justification: ZJustification.default(""),
});

export const ZSubmitOrderInput = z.object({ id: ZId, expectedVersion: z.number().int().min(1) });
