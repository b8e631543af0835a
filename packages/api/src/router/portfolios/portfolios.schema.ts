import { z } from "zod";
import { visibleText, ZId } from "../shared.schema.ts";

const ZName = visibleText(
  z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
);
const ZDescription = z.string().trim().max(2000, "Description must be at most 2000 characters");
const ZOwner = visibleText(z.string().trim().max(200, "Owner must be at most 200 characters"));

export const ZListPortfoliosInput = z
  .object({ includeArchived: z.boolean().default(false) })
  .default({ includeArchived: false });
export const ZPortfolioIdInput = z.object({ id: ZId });
export const ZCreatePortfolioInput = z.object({
  name: ZName,
  description: ZDescription.default(""),
  owner: ZOwner.default(""),
});
export const ZUpdatePortfolioInput = z.object({
  id: ZId,
  name: ZName.optional(),
  description: ZDescription.optional(),
  owner: ZOwner.optional(),
});

/** Exactly one grantee: a group or a single user. */
export const ZPortfolioAccessInput = z.union(
  [
    z.object({ portfolioId: ZId, groupId: ZId, userId: z.undefined().optional() }),
    z.object({ portfolioId: ZId, userId: ZId, groupId: z.undefined().optional() }),
  ],
  { error: "groupId or userId: give exactly one grantee" },
);
export const ZPortfolioProductInput = z.object({ portfolioId: ZId, productId: ZId });

/** The definition is checked by the service, like a constraint's, so errors name `definition.<path>`. */
export const ZSetDefaultApprovalPolicyInput = z.object({ id: ZId, definition: z.unknown().nullable() });
