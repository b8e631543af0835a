import type { TPolicySnapshot } from "./approval-policy.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a request records on entering a stage (1-based): who decides it, and when a reminder is due. */
export function stageEntryFields(snapshot: TPolicySnapshot, stage: number, now: Date) {
  return {
    stageGroupId: snapshot.stages[stage - 1]?.approverGroupId ?? null,
    stageEnteredAt: now,
    remindAt: snapshot.remindAfterHours ? new Date(now.getTime() + snapshot.remindAfterHours * HOUR) : null,
  };
}

/** When an undecided request closes as expired, counted from its submission. */
export function expiryFrom(snapshot: TPolicySnapshot, submittedAt: Date): Date | null {
  return snapshot.expireAfterDays ? new Date(submittedAt.getTime() + snapshot.expireAfterDays * DAY) : null;
}
