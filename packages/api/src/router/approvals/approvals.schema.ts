import { z } from "zod";
import { DECISIONS } from "../../services/approvals/decide-request.ts";
import { ZId } from "../shared.schema.ts";

/** The longest decision comment; as long as a justification. */
export const MAX_DECISION_COMMENT = 2000;

export const ZApprovalQueueInput = z
  .object({
    portfolioId: ZId.optional(),
    productId: ZId.optional(),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .default({ limit: 25 });

export const ZApprovalRequestInput = z.object({ id: ZId });

/** A comment is required to reject or to request changes: the requester needs to know why. */
export const ZDecideInput = z
  .object({
    id: ZId,
    decision: z.enum(DECISIONS),
    comment: z
      .string()
      .trim()
      .max(MAX_DECISION_COMMENT, `must be at most ${MAX_DECISION_COMMENT} characters`)
      .default(""),
    digest: z.string().regex(/^[0-9a-f]{64}$/, "must be the sha256 of the rendered template (64 hex digits)"),
  })
  .refine((input) => input.decision === "APPROVE" || input.comment !== "", {
    message: "is required to reject or to request changes",
    path: ["comment"],
  });
