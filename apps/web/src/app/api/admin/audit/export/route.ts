import { getServerSession } from "next-auth";
import { exportAuditEvents } from "@stackvend/api";
import { getRuntime } from "@/server/runtime";

/**
 * GET /api/admin/audit/export?format=csv|jsonl plus the audit page's filters.
 * The caller is resolved as for /api/trpc (a bearer token wins over the
 * session cookie) and authorised by the admin.listAuditEvents procedure:
 * anonymous 401, signed in without the admin role 403.
 */
export async function GET(req: Request) {
  const { database, authOptions } = await getRuntime();
  const hasBearer = req.headers.get("authorization")?.toLowerCase().startsWith("bearer ");
  const session = hasBearer ? null : await getServerSession(authOptions);
  return exportAuditEvents({
    db: database.prisma,
    headers: req.headers,
    sessionUserId: session?.user.id,
    sessionVersion: session?.user.sessionVersion,
    searchParams: new URL(req.url).searchParams,
  });
}
