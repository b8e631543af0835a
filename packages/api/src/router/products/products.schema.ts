import { MAX_TEMPLATE_BYTES } from "@stackvend/cfn";
import { z } from "zod";
import { visibleText, ZId } from "../shared.schema.ts";

/** Template text as pasted or uploaded; bounded like CloudFormation's own 1 MB template body limit. */
export const ZTemplateSource = z
  .string()
  .min(1, "source: a template is required")
  .refine(
    (s) => Buffer.byteLength(s, "utf8") <= MAX_TEMPLATE_BYTES,
    `source: must be at most 1 MB (${MAX_TEMPLATE_BYTES.toLocaleString("en-US")} bytes of UTF-8)`,
  );

const ZLabel = z
  .string()
  .trim()
  .min(1, "label is required")
  .max(64, "label must be at most 64 characters")
  .regex(/^[\w.+-]+$/, "label may contain letters, digits and . _ + - only");
const ZReleaseNotes = z.string().trim().max(10_000, "releaseNotes must be at most 10,000 characters");

const ZProductFields = {
  name: visibleText(
    z.string().trim().min(1, "name is required").max(200, "name must be at most 200 characters"),
  ),
  description: z.string().trim().max(5000, "description must be at most 5000 characters"),
  owner: visibleText(z.string().trim().max(200, "owner must be at most 200 characters")),
  /** Stored lowercase so search can match tags regardless of case. */
  tags: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(
          /^[a-z0-9][a-z0-9._:-]{0,39}$/,
          "tags are 1-40 letters, digits or . _ : -, starting with a letter or digit",
        ),
    )
    .max(20, "tags: at most 20")
    .transform((tags) => [...new Set(tags)]),
  supportUrl: z
    .url({ protocol: /^https?$/, error: "supportUrl must be an http(s) URL" })
    .max(2000)
    .nullable(),
};

export const ZPreviewTemplateInput = z.object({ source: ZTemplateSource });

export const ZCreateProductInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      "slug is 2-63 lowercase letters, digits or hyphens, starting with a letter or digit",
    ),
  name: ZProductFields.name,
  description: ZProductFields.description.default(""),
  owner: ZProductFields.owner.default(""),
  tags: ZProductFields.tags.default([]),
  supportUrl: ZProductFields.supportUrl.optional(),
  portfolioIds: z.array(ZId).max(50).default([]),
  version: z.object({ label: ZLabel, releaseNotes: ZReleaseNotes.default(""), source: ZTemplateSource }),
});

export const ZAddVersionInput = z.object({
  productId: ZId,
  label: ZLabel,
  releaseNotes: ZReleaseNotes.default(""),
  source: ZTemplateSource,
});

export const ZVersionIdInput = z.object({ versionId: ZId });
export const ZProductIdInput = z.object({ productId: ZId });

export const ZUpdateProductInput = z.object({
  productId: ZId,
  name: ZProductFields.name.optional(),
  description: ZProductFields.description.optional(),
  owner: ZProductFields.owner.optional(),
  tags: ZProductFields.tags.optional(),
  supportUrl: ZProductFields.supportUrl.optional(),
});

export const ZListProductsInput = z
  .object({
    query: z.string().trim().max(200).optional(),
    portfolioId: ZId.optional(),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
