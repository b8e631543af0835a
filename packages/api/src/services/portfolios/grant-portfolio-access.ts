import type { Prisma, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { isUniqueViolation } from "../shared/field-errors.ts";
import { portfolioAccessSelect } from "./portfolio-select.ts";

export type TGrantee = { portfolioId: string } & (
  { groupId: string; userId?: undefined } | { userId: string; groupId?: undefined }
);

function granteeWhere(input: TGrantee): Prisma.PortfolioAccessWhereInput {
  return input.groupId !== undefined
    ? { portfolioId: input.portfolioId, groupId: input.groupId }
    : { portfolioId: input.portfolioId, userId: input.userId };
}

/** Idempotent: granting what is already granted returns the existing grant and records nothing. */
export async function grantPortfolioAccess(db: TDb, caller: TCaller, input: TGrantee) {
  try {
    return await createGrant(db, caller, input);
  } catch (error) {
    // A concurrent grant of the same grantee won the race: theirs is the grant.
    if (!isUniqueViolation(error)) throw error;
    return db.portfolioAccess.findFirstOrThrow({ where: granteeWhere(input), select: portfolioAccessSelect });
  }
}

async function createGrant(db: TDb, caller: TCaller, input: TGrantee) {
  return db.$transaction(async (tx) => {
    const portfolio = await tx.portfolio.findUnique({
      where: { id: input.portfolioId },
      select: { id: true },
    });
    if (!portfolio) throw notFound("Portfolio");
    if (input.groupId !== undefined) {
      const group = await tx.group.findUnique({ where: { id: input.groupId }, select: { id: true } });
      if (!group) throw notFound("Group");
    } else {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
      if (!user) throw notFound("User");
    }
    const existing = await tx.portfolioAccess.findFirst({
      where: granteeWhere(input),
      select: portfolioAccessSelect,
    });
    if (existing) return existing;
    const grant = await tx.portfolioAccess.create({
      data: {
        portfolioId: input.portfolioId,
        groupId: input.groupId ?? null,
        userId: input.userId ?? null,
        grantedById: caller.id,
      },
      select: portfolioAccessSelect,
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "portfolio.grant-access",
      objectType: "Portfolio",
      objectId: input.portfolioId,
      data: { groupId: input.groupId ?? null, userId: input.userId ?? null },
    });
    return grant;
  });
}

export async function revokePortfolioAccess(db: TDb, caller: TCaller, input: TGrantee) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.portfolioAccess.deleteMany({ where: granteeWhere(input) });
    if (count === 0) throw notFound("Access grant");
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "portfolio.revoke-access",
      objectType: "Portfolio",
      objectId: input.portfolioId,
      data: { groupId: input.groupId ?? null, userId: input.userId ?? null },
    });
    return { revoked: true as const };
  });
}
