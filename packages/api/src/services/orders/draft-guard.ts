import type { TTransitionGuard } from "../requests/transition-request.ts";

/** What editing or submitting a draft expects: still a DRAFT, at the version the requester loaded. */
export function draftGuard(verb: "edited" | "submitted", expectedVersion: number): TTransitionGuard {
  return {
    from: ["DRAFT"],
    expectedVersion,
    wrongState: (status) => `Only a draft can be ${verb} (this request is ${status.toLowerCase()})`,
    stale: "The draft changed since you loaded it; reload and try again",
  };
}
