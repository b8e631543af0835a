import { getServerSession } from "next-auth";
import { exportRequestFile } from "@stackvend/api";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/**
 * GET /api/requests/:id/export/:file — a file of an approved request's
 * export (template.yaml, create-stack-parameters.json, …) or bundle.zip.
 * Authorised like the exports procedures (a bearer token wins over the
 * session cookie): anonymous 401, a request outside the caller's reach 404.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const [{ database, authOptions, signer }, { id, file }] = await Promise.all([getRuntime(), params]);
  const hasBearer = req.headers.get("authorization")?.toLowerCase().startsWith("bearer ");
  const session = hasBearer ? null : await getServerSession(authOptions);
  return exportRequestFile({
    db: database.prisma,
    headers: req.headers,
    sessionUserId: session?.user.id,
    sessionVersion: session?.user.sessionVersion,
    signer,
    id,
    file,
  });
}
