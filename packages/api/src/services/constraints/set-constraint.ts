import type { Prisma, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { invalidField } from "../shared/field-errors.ts";
import { checkConstraintDefinition } from "./check-constraint-definition.ts";
import type { TConstraintKind } from "./constraint-definitions.ts";
import { constraintSelect } from "./load-pair-constraints.ts";

/**
 * One constraint per kind on a portfolio × product pair: setting replaces
 * the previous definition. The pair is locked for the transaction, so two
 * admins setting the same kind at once cannot leave two rows.
 */
export async function setConstraint(
  db: TDb,
  caller: TCaller,
  input: {
    portfolioId: string;
    productId: string;
    kind: TConstraintKind;
    definition: unknown;
    description: string;
  },
) {
  const { portfolioId, productId, kind, description } = input;
  return db.$transaction(async (tx) => {
    const portfolio = await tx.portfolio.findUnique({ where: { id: portfolioId }, select: { id: true } });
    if (!portfolio) throw notFound("Portfolio");
    const product = await tx.product.findUnique({ where: { id: productId }, select: { id: true } });
    if (!product) throw notFound("Product");
    const pair = await tx.portfolioProduct.findUnique({
      where: { portfolioId_productId: { portfolioId, productId } },
      select: { productId: true },
    });
    if (!pair) throw invalidField("productId", "the product is not in this portfolio");
    const definition = (await checkConstraintDefinition(tx, {
      productId,
      kind,
      definition: input.definition,
    })) as Prisma.InputJsonValue;
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`constraint:${portfolioId}:${productId}:${kind}`}))::text`;
    const existing = await tx.constraint.findFirst({
      where: { portfolioId, productId, kind },
      select: { id: true },
    });
    const row = existing
      ? await tx.constraint.update({
          where: { id: existing.id },
          data: { definition, description },
          select: constraintSelect,
        })
      : await tx.constraint.create({
          data: { portfolioId, productId, kind, definition, description },
          select: constraintSelect,
        });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: existing ? "constraint.update" : "constraint.create",
      objectType: "Constraint",
      objectId: row.id,
      data: { portfolioId, productId, kind, definition, description },
    });
    return row;
  });
}
