import { createCaller, createTRPCContext } from "@stackvend/api";
import { migrationStatusOf } from "@/server/migration-status";
import { getRuntime, type TRuntime } from "@/server/runtime";
import { getSession } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/** Details (database mode, latency, migrations) are for admins and API tokens; anyone else learns ok or not. */
async function mayReadDetails(req: Request, runtime: TRuntime): Promise<boolean> {
  const hasBearer = req.headers.get("authorization")?.toLowerCase().startsWith("bearer ");
  if (!hasBearer) return (await getSession())?.user.roles.includes("ADMIN") ?? false;
  const ctx = await createTRPCContext({ db: runtime.database.prisma, headers: req.headers });
  return (await createCaller(ctx).me.get()) !== null;
}

/** For load balancers and operators: 200 when the database answers and no migration is pending, 503 otherwise. */
export async function GET(req: Request) {
  try {
    const runtime = await getRuntime();
    const { database } = runtime;
    const [db, migrations] = await Promise.all([database.ping(), migrationStatusOf(database)]);
    const ok = db.ok && migrations.pending.length === 0;
    const status = ok ? "ok" : "degraded";
    const body = (await mayReadDetails(req, runtime))
      ? {
          status,
          database: { mode: database.mode, ok: db.ok, latencyMs: db.latencyMs, error: db.error },
          migrations: { applied: migrations.applied, pending: migrations.pending },
        }
      : { status };
    return Response.json(body, { status: ok ? 200 : 503, headers: NO_STORE });
  } catch {
    return Response.json({ status: "down" }, { status: 503, headers: NO_STORE });
  }
}
