import { migrationStatusOf } from "@/server/migration-status";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/** For load balancers and operators: 200 when the database answers, 503 otherwise. */
export async function GET() {
  try {
    const { database } = await getRuntime();
    const [db, migrations] = await Promise.all([database.ping(), migrationStatusOf(database)]);
    const ok = db.ok && migrations.pending.length === 0;
    return Response.json(
      {
        status: ok ? "ok" : "degraded",
        database: { mode: database.mode, ok: db.ok, latencyMs: db.latencyMs, error: db.error },
        migrations: { applied: migrations.applied, pending: migrations.pending },
      },
      { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "down", database: { ok: false, error: "not initialised" } },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
