/** Runs once when the server starts: validate configuration, migrate, seed, before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { EnvError } = await import("./env.ts");
  try {
    const { getRuntime } = await import("./server/runtime.ts");
    const { database } = await getRuntime();
    console.log(`[stackvend] Database ready (${database.mode}).`);
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    console.error("[stackvend] Start aborted.");
    process.exit(1);
  }
}
