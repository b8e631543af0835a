import { z } from "zod";

/**
 * The approval policy of a portfolio × product (the APPROVAL_POLICY
 * constraint), of a portfolio (its default), or built in. Separation of
 * duties is not part of it: it always holds (see eligibility.ts).
 */

export const MAX_APPROVAL_STAGES = 5;
export const MAX_STAGE_APPROVALS = 20;
export const MAX_EXPIRY_DAYS = 365;
export const MAX_REMINDER_HOURS = 24 * 365;
export const REQUEST_KINDS = ["PROVISION", "UPDATE", "TERMINATE"] as const;

export const ZApprovalStage = z
  .object({
    name: z.string().trim().min(1, "must name the stage").max(100, "must be at most 100 characters"),
    /** A Stackvend group's name; absent: any approver. */
    approverGroup: z.string().trim().min(1, "must name a group").max(100).optional(),
    /** How many approvals the stage needs, or every eligible member of its group. */
    required: z.union([
      z
        .number()
        .int("must be a whole number")
        .min(1, "must be at least 1")
        .max(MAX_STAGE_APPROVALS, `must be at most ${MAX_STAGE_APPROVALS}`),
      z.literal("ALL"),
    ]),
  })
  .refine((stage) => stage.required !== "ALL" || stage.approverGroup !== undefined, {
    message: "all members needs an approver group",
    path: ["required"],
  });

/** Every listed condition must hold; none listed: every request is auto-approved. */
export const ZAutoApprove = z.object({
  kinds: z
    .array(z.enum(REQUEST_KINDS))
    .min(1, "must list at least one kind")
    .max(REQUEST_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, "must not repeat a kind")
    .optional(),
  parameters: z
    .array(
      z.object({
        parameter: z.string().trim().min(1, "must name a parameter").max(255),
        values: z
          .array(z.string().max(4096))
          .min(1, "must list at least one value")
          .max(1000)
          .refine((values) => new Set(values).size === values.length, "must not repeat a value"),
      }),
    )
    .min(1, "must list at least one parameter")
    .max(50)
    .refine((ps) => new Set(ps.map((p) => p.parameter)).size === ps.length, "must name each parameter once")
    .optional(),
  /** USD a month from the engine's estimate; a request whose cost cannot be estimated never passes. */
  maxMonthlyCost: z.number().min(0, "must be at least 0").max(1_000_000_000).optional(),
});

export const ZApprovalPolicyDefinition = z.object({
  stages: z
    .array(ZApprovalStage)
    .min(1, "must have at least one stage")
    .max(MAX_APPROVAL_STAGES, `must have at most ${MAX_APPROVAL_STAGES} stages`),
  autoApprove: ZAutoApprove.optional(),
  /** Undecided after this many days: closed as expired. */
  expireAfterDays: z
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_EXPIRY_DAYS, `must be at most ${MAX_EXPIRY_DAYS}`)
    .optional(),
  /** A reminder to the current stage's deciders is due this many hours into a stage. */
  remindAfterHours: z
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_REMINDER_HOURS, `must be at most ${MAX_REMINDER_HOURS}`)
    .optional(),
});

export type TApprovalStage = z.infer<typeof ZApprovalStage>;
export type TAutoApprove = z.infer<typeof ZAutoApprove>;
export type TApprovalPolicyDefinition = z.infer<typeof ZApprovalPolicyDefinition>;

/** With no policy anywhere: one approval from any approver. */
export const BUILT_IN_APPROVAL_POLICY: TApprovalPolicyDefinition = Object.freeze({
  stages: [{ name: "Approval", required: 1 }],
}) as TApprovalPolicyDefinition;

export type TPolicySource = "product" | "portfolio" | "built-in";

export interface TResolvedApprovalPolicy {
  policy: TApprovalPolicyDefinition;
  source: TPolicySource;
}

/** The pair's own policy wins over the portfolio's default, which wins over the built-in one. */
export function resolveApprovalPolicy(
  pair: TApprovalPolicyDefinition | null,
  portfolioDefault: unknown,
): TResolvedApprovalPolicy {
  if (pair) return { policy: pair, source: "product" };
  const parsed = ZApprovalPolicyDefinition.safeParse(portfolioDefault);
  if (portfolioDefault != null && parsed.success) return { policy: parsed.data, source: "portfolio" };
  return { policy: BUILT_IN_APPROVAL_POLICY, source: "built-in" };
}

/** A stage as frozen into a submitted request: the group resolved to its id, so a rename changes nothing. */
export interface TSnapshotStage {
  name: string;
  approverGroupId: string | null;
  approverGroupName: string | null;
  required: number | "ALL";
}

/** What a request keeps of the rules in force when it was submitted; decisions follow these, not later edits. */
export interface TPolicySnapshot {
  source: TPolicySource;
  stages: TSnapshotStage[];
  expireAfterDays: number | null;
  remindAfterHours: number | null;
  launchRoleArn: string | null;
}

export function toPolicySnapshot(
  resolved: TResolvedApprovalPolicy,
  groupIdsByName: ReadonlyMap<string, string>,
  launchRoleArn: string | null,
): TPolicySnapshot {
  return {
    source: resolved.source,
    stages: resolved.policy.stages.map((stage) => ({
      name: stage.name,
      approverGroupId: stage.approverGroup ? (groupIdsByName.get(stage.approverGroup) ?? null) : null,
      approverGroupName: stage.approverGroup ?? null,
      required: stage.required,
    })),
    expireAfterDays: resolved.policy.expireAfterDays ?? null,
    remindAfterHours: resolved.policy.remindAfterHours ?? null,
    launchRoleArn,
  };
}

const ZSnapshot = z.object({
  source: z.enum(["product", "portfolio", "built-in"]).catch("built-in"),
  stages: z
    .array(
      z.object({
        name: z.string(),
        approverGroupId: z.string().nullable(),
        approverGroupName: z.string().nullable(),
        required: z.union([z.number().int().min(1), z.literal("ALL")]),
      }),
    )
    .min(1),
  expireAfterDays: z.number().nullable().catch(null),
  remindAfterHours: z.number().nullable().catch(null),
  launchRoleArn: z.string().nullable().catch(null),
});

/** Reads a stored snapshot; one that does not parse (never written by this code) falls back to the built-in policy. */
export function readPolicySnapshot(stored: unknown): TPolicySnapshot {
  const parsed = ZSnapshot.safeParse(stored);
  if (parsed.success) return parsed.data;
  return toPolicySnapshot({ policy: BUILT_IN_APPROVAL_POLICY, source: "built-in" }, new Map(), null);
}
