import type { Prisma, TDb } from "@stackvend/db";
import { AppError } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { invalidField } from "../shared/field-errors.ts";
import { requestDetailSelect, toRequestDetail } from "../requests/get-request.ts";
import {
  assertTransition,
  transitionRequest,
  type TTransitionGuard,
} from "../requests/transition-request.ts";
import { parseStackArn, STACK_ARN_RULE } from "./stack-arn.ts";

export interface TMarkDeployedInput {
  id: string;
  expectedVersion: number;
  /** The deployed stack's ARN; its stack name must be the request's. */
  stackArn?: string | undefined;
}

function deployedGuard(expectedVersion: number): TTransitionGuard {
  return {
    from: ["APPROVED"],
    expectedVersion,
    wrongState: (status) =>
      `Only an approved request can be marked deployed (this request is ${status.toLowerCase().replace("_", " ")})`,
  };
}

/**
 * APPROVED → FULFILLED, by the requester (or their CI through an API token)
 * once the exported template is deployed. What it stands for follows the
 * request's kind, in the same transaction: a provisioned product owned by
 * the requester is created (PROVISION), moved to the request's version and
 * values (UPDATE) or ended (TERMINATE).
 */
export async function markDeployed(db: TDb, caller: TCaller, input: TMarkDeployedInput) {
  const scope = { requesterId: caller.id } satisfies Prisma.RequestWhereInput;
  const guard = deployedGuard(input.expectedVersion);
  return db.$transaction(async (tx) => {
    const request = await tx.request.findFirst({
      where: { id: input.id, ...scope },
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        version: true,
        stage: true,
        stackName: true,
        portfolioId: true,
        productId: true,
        productVersionId: true,
        provisionedProductId: true,
        parameters: true,
        tags: true,
      },
    });
    assertTransition(request, guard);
    const arn = input.stackArn?.trim() || undefined;
    if (arn !== undefined) {
      const parsed = parseStackArn(arn);
      if (!parsed) throw invalidField("stackArn", STACK_ARN_RULE);
      if (parsed.stackName !== request.stackName) {
        throw invalidField(
          "stackArn",
          `names the stack ${parsed.stackName}, but this request deploys the stack ${request.stackName}`,
        );
      }
    }
    const now = new Date();
    let provisionedProductId = request.provisionedProductId;
    if (request.kind === "PROVISION") {
      const created = await tx.provisionedProduct.create({
        data: {
          stackName: request.stackName,
          portfolioId: request.portfolioId,
          productId: request.productId,
          productVersionId: request.productVersionId,
          ownerId: caller.id,
          parameters: request.parameters as Prisma.InputJsonValue,
          tags: request.tags as Prisma.InputJsonValue,
          stackArn: arn ?? null,
        },
        select: { id: true },
      });
      provisionedProductId = created.id;
    } else {
      if (!provisionedProductId) {
        throw new AppError("CONFLICT", `REQ-${request.number} no longer names the product it changes`);
      }
      const { count } = await tx.provisionedProduct.updateMany({
        where: { id: provisionedProductId, ownerId: caller.id, status: "ACTIVE" },
        data:
          request.kind === "UPDATE"
            ? {
                productVersionId: request.productVersionId,
                parameters: request.parameters as Prisma.InputJsonValue,
                tags: request.tags as Prisma.InputJsonValue,
                ...(arn ? { stackArn: arn } : {}),
              }
            : { status: "TERMINATED", terminatedAt: now, ...(arn ? { stackArn: arn } : {}) },
      });
      if (count === 0) {
        throw new AppError("CONFLICT", "The product this request changes has already been terminated");
      }
    }
    await transitionRequest(tx, {
      ...guard,
      id: request.id,
      scope,
      data: { status: "FULFILLED", fulfilledAt: now, stackArn: arn ?? null, provisionedProductId },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.mark-deployed",
      objectType: "Request",
      objectId: request.id,
      data: {
        expectedVersion: input.expectedVersion,
        kind: request.kind,
        stackArn: arn ?? null,
        provisionedProductId,
      },
    });
    const row = await tx.request.findUniqueOrThrow({
      where: { id: request.id },
      select: requestDetailSelect,
    });
    return toRequestDetail(tx, row);
  });
}
