import type { TDb } from "../client.ts";
import { chainReport, INITIAL_CHAIN_STATE, verifyNextEvent, type TChainReport } from "./verify-chain.ts";

const storedEventSelect = {
  id: true,
  sequence: true,
  actorId: true,
  actorLabel: true,
  action: true,
  objectType: true,
  objectId: true,
  data: true,
  ip: true,
  createdAt: true,
  prevHash: true,
  hash: true,
} as const;

export interface TVerifyOptions {
  /** Events read per query; memory stays bounded by this, whatever the size of the log. */
  batchSize?: number;
}

/**
 * Recomputes the whole chain from the database, in sequence order, one batch
 * at a time (keyset pagination on the unique sequence). Events appended
 * while it runs are included: writers commit in sequence order.
 */
export async function verifyAuditChain(
  db: Pick<TDb, "auditEvent">,
  { batchSize = 1000 }: TVerifyOptions = {},
): Promise<TChainReport> {
  let state = INITIAL_CHAIN_STATE;
  let after: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: after === undefined ? {} : { sequence: { gt: after } },
      orderBy: { sequence: "asc" },
      take: batchSize,
      select: storedEventSelect,
    });
    for (const event of batch) {
      state = verifyNextEvent(state, event);
      if (state.broken) return chainReport(state);
    }
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return chainReport(state);
    after = last.sequence;
  }
}
