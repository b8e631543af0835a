import type { TTransitionGuard } from "../requests/transition-request.ts";

/**
 * What editing or submitting expects: a DRAFT, or a request an approver sent
 * back for changes (it stays sent back until resubmitted), at the version the
 * requester loaded.
 */
export function draftGuard(verb: "edited" | "submitted", expectedVersion: number): TTransitionGuard {
  return {
    from: ["DRAFT", "CHANGES_REQUESTED"],
    expectedVersion,
    wrongState: (status) =>
      `Only a draft or a request sent back for changes can be ${verb} (this request is ${status.toLowerCase().replace("_", " ")})`,
    stale: "The draft changed since you loaded it; reload and try again",
  };
}
