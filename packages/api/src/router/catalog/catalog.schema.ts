import { z } from "zod";
import { VISIBLE_TEXT_RULE, visibleText, ZId } from "../shared.schema.ts";

export const ZSearchCatalogInput = z
  .object({
    // A search is one line of visible text; the search statement relies on it (search-catalog.ts).
    query: visibleText(
      z.string().trim().max(200, "query must be at most 200 characters"),
      `query ${VISIBLE_TEXT_RULE}`,
    ).optional(),
    portfolioId: ZId.optional(),
    tag: z.string().trim().max(40, "tag must be at most 40 characters").optional(),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(100, "limit must be at most 100").default(24),
  })
  .default({ limit: 24 });

export const ZGetCatalogProductInput = z.object({
  slug: z.string().trim().min(1, "slug is required").max(63, "slug must be at most 63 characters"),
});
