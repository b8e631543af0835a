import { verifyAuditChain as verifyChain, type TChainReport, type TDb } from "@stackvend/db";

/** The whole chain, recomputed in batches; the report names the first broken link, if any. */
export function verifyAuditChain(db: TDb): Promise<TChainReport> {
  return verifyChain(db);
}
