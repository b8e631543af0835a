import { describeChainReport } from "../audit-chain/verify-chain.ts";
import { verifyAuditChain } from "../audit-chain/verify-audit-chain.ts";
import { openUnshared } from "../open-database.ts";
import { databaseConfig, describeTarget } from "./database-config.ts";

/**
 * `npm run audit:verify`: recomputes the audit hash chain of the database the
 * server uses. Exit 0 intact, 1 broken (the first broken link is printed),
 * 2 when it could not be checked (database unreachable or not migrated).
 */
async function main(): Promise<number> {
  const config = databaseConfig();
  const db = await openUnshared(config, false);
  try {
    const { pending } = await db.migrationStatus();
    if (pending.length) {
      console.error(`The ${describeTarget(config)} has pending migrations; run npm run db:migrate first.`);
      return 2;
    }
    console.log(`Verifying the audit chain of the ${describeTarget(config)}`);
    const report = await verifyAuditChain(db.prisma);
    (report.ok ? console.log : console.error)(describeChainReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

/** Exits explicitly: the wasm engine may leave a timer behind for ~10 s. */
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
