import { z } from "zod";
import { STACK_NAME_RULE, stackNameProblem } from "../order/stack-name.ts";

/** Where a rendered template came from; recorded in `Metadata.Stackvend` so a deployed stack can be traced back. */
export const ZProvenance = z.strictObject({
  product: z.string().min(1),
  productVersion: z.string().min(1),
  versionDigest: z.string().min(1),
  request: z.string().min(1).optional(),
  approvers: z.array(z.string().min(1)).optional(),
  /** An input, never read from the clock here, so the same request renders the same bytes. */
  renderedAt: z.string().min(1).optional(),
});
export type TProvenance = z.infer<typeof ZProvenance>;

/** CloudFormation stack names: a letter, then letters, digits and hyphens, at most 128 characters. */
export const ZStackName = z
  .string()
  .refine(
    (name) => stackNameProblem(name) === undefined,
    `Stack name must start with a letter and contain only letters, digits and hyphens (at most ${STACK_NAME_RULE.maxLength})`,
  );

/** Stack tags as CloudFormation limits them: at most 50, keys 1–128 characters not starting with `aws:`, values up to 256. */
export const ZStackTags = z
  .record(
    z
      .string()
      .min(1)
      .max(128)
      .refine((key) => !key.toLowerCase().startsWith("aws:"), "Tag keys starting with aws: are reserved"),
    z.string().max(256),
  )
  .refine((tags) => Object.keys(tags).length <= 50, "At most 50 tags");
