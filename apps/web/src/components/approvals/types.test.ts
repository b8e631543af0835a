import { describe, expect, it } from "vitest";
import { decidersOf, latestOf, type THistoryItem } from "./types";

const at = new Date("2026-01-01T00:00:00Z");
const entry = (action: THistoryItem["action"], actor: string, extra: Partial<THistoryItem> = {}) => ({
  action,
  actor,
  at,
  round: 1,
  stage: 1,
  comment: "",
  digest: null,
  superseded: false,
  ...extra,
});

describe("decidersOf", () => {
  it("names the current round's deciders of a stage, leaving out superseded decisions", () => {
    const history = [
      entry("request.submit", "Dana", { stage: null }),
      entry("request.approve", "Alex", { superseded: true }),
      entry("request.request-changes", "Bora", { stage: 2, superseded: true }),
      entry("request.submit", "Dana", { stage: null, round: 2 }),
      entry("request.approve", "Bora", { round: 2 }),
      entry("request.reject", "Ada", { round: 2, stage: 2 }),
    ];
    expect(decidersOf(history, 1)).toEqual({ approved: ["Bora"], rejected: [], changesRequested: [] });
    expect(decidersOf(history, 2)).toEqual({ approved: [], rejected: ["Ada"], changesRequested: [] });
  });
});

describe("latestOf", () => {
  it("finds the latest decision of a kind that still counts", () => {
    const history = [
      entry("request.request-changes", "Alex", { comment: "first", superseded: true }),
      entry("request.request-changes", "Bora", { comment: "second", round: 2 }),
    ];
    expect(latestOf(history, "request.request-changes")?.comment).toBe("second");
    expect(latestOf(history, "request.reject")).toBeNull();
  });
});
