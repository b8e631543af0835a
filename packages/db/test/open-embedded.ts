// Child process for embedded.test.ts: opens the embedded database in the
// folder given as argument, as a second Stackvend instance would.
//   exit 0: opened and closed; exit 3: refused as locked (message on stderr);
//   with "--exit-without-close": opened, then exits leaving cleanup to the exit handler.
import { DatabaseLockedError, openDatabase } from "../src/index.ts";

const [dataDir, mode] = process.argv.slice(2);
if (!dataDir) throw new Error("usage: open-embedded.ts <dataDir> [--exit-without-close]");
try {
  const db = await openDatabase({ dataDir });
  if (mode !== "--exit-without-close") await db.close();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof DatabaseLockedError ? 3 : 1);
}
