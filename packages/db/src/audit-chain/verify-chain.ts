import { hashAuditEvent, type TChainedFields } from "./event-hash.ts";

/** An event as stored: the hashed fields plus its database id and its own hash. */
export interface TStoredAuditEvent extends TChainedFields {
  id: bigint;
  /** Null only for events written before the chain existed. */
  hash: string | null;
}

/**
 * - `edited`: the event's fields no longer match its hash (changed in place).
 * - `missing`: positions are skipped before this event (events removed).
 * - `unlinked`: the event is intact but its prevHash is not the previous event's
 *   hash (that event was replaced, or removed and the rest renumbered).
 * - `unhashed`: no hash although the chain had started (its hash was removed).
 * - `out-of-order`: a position repeats or goes back.
 */
export type TChainBreakKind = "edited" | "missing" | "unlinked" | "unhashed" | "out-of-order";

export interface TEventRef {
  id: string;
  sequence: string;
}

export interface TChainBreak extends TEventRef {
  kind: TChainBreakKind;
  /** The event before it in the chain, if any. */
  previous: TEventRef | null;
  /** For `missing`: the positions that are gone, inclusive. */
  missing?: { from: string; to: string };
  /** One readable English sentence, for logs and the command line. */
  message: string;
}

export interface TChainReport {
  ok: boolean;
  /** Events whose hash and link to the event before were recomputed and matched. */
  verified: number;
  /** Events from before the chain existed (the prefix with no hash): nothing can vouch for them. */
  legacy: number;
  /**
   * The last verified event. A hash chain cannot notice its newest events
   * being removed, or the whole chain being rewritten: keep this hash
   * somewhere else and compare it later.
   */
  head: (TEventRef & { hash: string }) | null;
  /** The first broken link; verification stops there. */
  broken: TChainBreak | null;
}

/** Verification so far; fold events into it with verifyNextEvent. */
export interface TChainState {
  verified: number;
  legacy: number;
  previous: (TEventRef & { sequenceValue: bigint; hash: string | null }) | null;
  head: TChainReport["head"];
  broken: TChainBreak | null;
}

export const INITIAL_CHAIN_STATE: TChainState = {
  verified: 0,
  legacy: 0,
  previous: null,
  head: null,
  broken: null,
};

function refOf(event: TStoredAuditEvent): TEventRef {
  return { id: event.id.toString(), sequence: event.sequence.toString() };
}

function describe(ref: TEventRef): string {
  return `event #${ref.sequence} (id ${ref.id})`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The next state after one more event, in chain order. Pure: the state passed in is not changed. */
export function verifyNextEvent(state: TChainState, event: TStoredAuditEvent): TChainState {
  if (state.broken) return state;
  const ref = refOf(event);
  const previous = state.previous;
  const brokenAs = (kind: TChainBreakKind, message: string, extra: Partial<TChainBreak> = {}) => ({
    ...state,
    broken: {
      ...ref,
      kind,
      previous: previous && { id: previous.id, sequence: previous.sequence },
      message,
      ...extra,
    },
  });

  const expected = (previous?.sequenceValue ?? 0n) + 1n;
  if (event.sequence > expected) {
    const gone = { from: expected.toString(), to: (event.sequence - 1n).toString() };
    const range = gone.from === gone.to ? `Event #${gone.from} is` : `Events #${gone.from}–#${gone.to} are`;
    return brokenAs("missing", `${range} missing before ${describe(ref)}: removed.`, { missing: gone });
  }
  if (event.sequence < expected) {
    return brokenAs(
      "out-of-order",
      `${capitalised(describe(ref))} repeats or goes back from position #${expected - 1n}.`,
    );
  }

  const chainStarted = state.head !== null;
  const next = { ...ref, sequenceValue: event.sequence, hash: event.hash };
  if (event.hash === null) {
    if (chainStarted || event.prevHash !== null) {
      return brokenAs(
        "unhashed",
        `${capitalised(describe(ref))} has no hash although the chain had started: it was removed.`,
      );
    }
    return { ...state, legacy: state.legacy + 1, previous: next };
  }

  if (hashAuditEvent(event) !== event.hash) {
    return brokenAs(
      "edited",
      `${capitalised(describe(ref))} was changed after it was written: its fields do not match its hash.`,
    );
  }
  // The first chained event starts from nothing, also after unchained legacy events.
  const expectedPrev = chainStarted ? (previous?.hash ?? null) : null;
  if (event.prevHash !== expectedPrev) {
    const before = previous ? `${describe(previous)}` : "the start of the chain";
    return brokenAs(
      "unlinked",
      `${capitalised(describe(ref))} does not follow ${before}: that event was replaced, or events were removed and renumbered.`,
    );
  }
  return {
    ...state,
    verified: state.verified + 1,
    previous: next,
    head: { ...ref, hash: event.hash },
  };
}

export function chainReport(state: TChainState): TChainReport {
  return {
    ok: state.broken === null,
    verified: state.verified,
    legacy: state.legacy,
    head: state.head,
    broken: state.broken,
  };
}

/** Walks events in chain order (ascending sequence) and reports the first broken link. */
export function verifyAuditEvents(events: Iterable<TStoredAuditEvent>): TChainReport {
  let state = INITIAL_CHAIN_STATE;
  for (const event of events) {
    state = verifyNextEvent(state, event);
    if (state.broken) break;
  }
  return chainReport(state);
}

/** One line for a terminal or a log. */
export function describeChainReport(report: TChainReport): string {
  const legacy = report.legacy
    ? `; ${report.legacy} older events predate the chain and cannot be verified`
    : "";
  if (report.broken) {
    return `Audit chain BROKEN (${report.broken.kind}): ${report.broken.message} ${report.verified} events verified before it${legacy}.`;
  }
  const head = report.head ? ` Head: #${report.head.sequence} ${report.head.hash}.` : "";
  return `Audit chain intact: ${report.verified} events verified${legacy}.${head}`;
}
