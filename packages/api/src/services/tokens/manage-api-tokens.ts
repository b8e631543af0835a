import { API_TOKEN_SCOPES, generateApiToken, type TApiTokenScope } from "@stackvend/auth";
import type { Prisma, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";

export const apiTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedAddress: true,
  revokedAt: true,
  createdAt: true,
} satisfies Prisma.ApiTokenSelect;

export function listApiTokens(db: TDb, caller: TCaller) {
  return db.apiToken.findMany({
    where: { userId: caller.id },
    select: apiTokenSelect,
    orderBy: { createdAt: "desc" },
  });
}

/** Returns the token in clear exactly once; only its hash is stored. Every token expires. */
export async function createApiToken(
  db: TDb,
  caller: TCaller,
  input: { name: string; scopes: TApiTokenScope[]; expiresInDays: number },
) {
  const { token, prefix, tokenHash } = generateApiToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
  const scopes = API_TOKEN_SCOPES.filter((scope) => input.scopes.includes(scope));
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: caller.id, name: input.name, prefix, tokenHash, scopes, expiresAt },
      select: apiTokenSelect,
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "api-token.create",
      objectType: "ApiToken",
      objectId: row.id,
      data: { name: input.name, scopes, expiresAt },
    });
    return row;
  });
  return { ...created, token };
}

export async function revokeApiToken(db: TDb, caller: TCaller, id: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id, userId: caller.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("API token");
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "api-token.revoke",
      objectType: "ApiToken",
      objectId: id,
    });
  });
}
