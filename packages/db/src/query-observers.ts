/** Something told the duration of each database statement (metrics); never the statement's parameters. */
export type TQueryObserver = (durationMs: number) => void;

/**
 * Process-wide: Next.js may evaluate this module more than once in one
 * process, and every Prisma client of the process reports to the same
 * observers.
 */
const OBSERVERS = Symbol.for("@stackvend/db.query-observers");

function observers(): Set<TQueryObserver> {
  const holder = globalThis as { [OBSERVERS]?: Set<TQueryObserver> };
  return (holder[OBSERVERS] ??= new Set());
}

/** Registers an observer of statement durations; returns its removal. */
export function observeQueries(observer: TQueryObserver): () => void {
  observers().add(observer);
  return () => observers().delete(observer);
}

export function reportQuery(durationMs: number): void {
  for (const observer of observers()) observer(durationMs);
}
