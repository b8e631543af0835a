import { randomBytes, randomUUID } from "node:crypto";
import type { Prisma, TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TCaller } from "../shared/caller.ts";
import type { TNotificationEvent, TNotificationEventType } from "./events.ts";
import type { TNotificationSettings } from "./settings.ts";
import { postWebhook, webhookBody } from "./webhook-delivery.ts";
import { resolveWebhookTarget, WebhookTargetError, type TResolver } from "./webhook-guard.ts";

/** Everything about an endpoint except its secret, which only `create` returns. */
export const webhookEndpointSelect = {
  id: true,
  name: true,
  url: true,
  format: true,
  events: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.WebhookEndpointSelect;

export interface TWebhookInput {
  name: string;
  url: string;
  format: "JSON" | "SLACK";
  events: TNotificationEventType[];
  enabled: boolean;
}

async function checkTarget(url: string, settings: TNotificationSettings, resolve?: TResolver) {
  try {
    await resolveWebhookTarget(url, { allowPrivate: settings.webhooks.allowPrivate, resolve });
  } catch (error) {
    if (!(error instanceof WebhookTargetError)) throw error;
    throw new AppError("INVALID_INPUT", `url: ${error.message}`, { fieldErrors: { url: [error.message] } });
  }
}

export function listWebhookEndpoints(db: TDb) {
  return db.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" }, select: webhookEndpointSelect });
}

/** A new endpoint with a generated signing secret, returned this once. */
export async function createWebhookEndpoint(
  db: TDb,
  caller: TCaller,
  settings: TNotificationSettings,
  input: TWebhookInput,
) {
  await checkTarget(input.url, settings);
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { ...input, secret, createdById: caller.id },
      select: webhookEndpointSelect,
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "webhook.create",
      objectType: "WebhookEndpoint",
      objectId: endpoint.id,
      data: { ...input },
    });
    return { ...endpoint, secret };
  });
}

export async function updateWebhookEndpoint(
  db: TDb,
  caller: TCaller,
  settings: TNotificationSettings,
  input: { id: string } & Partial<TWebhookInput>,
) {
  const { id, ...changes } = input;
  if (changes.url !== undefined) await checkTarget(changes.url, settings);
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id }, data: changes });
    if (count === 0) throw notFound("Webhook endpoint");
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "webhook.update",
      objectType: "WebhookEndpoint",
      objectId: id,
      data: changes,
    });
    return tx.webhookEndpoint.findUniqueOrThrow({ where: { id }, select: webhookEndpointSelect });
  });
}

/** Deleting keeps the delivery history (its jobs lose the link); pending deliveries to it fail. */
export async function deleteWebhookEndpoint(db: TDb, caller: TCaller, id: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id } });
    if (count === 0) throw notFound("Webhook endpoint");
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "webhook.delete",
      objectType: "WebhookEndpoint",
      objectId: id,
    });
    return { id };
  });
}

/** Posts a sample event to the endpoint now and says what the receiver answered; nothing is queued. */
export async function testWebhookEndpoint(
  db: TDb,
  caller: TCaller,
  settings: TNotificationSettings,
  id: string,
  resolve?: TResolver,
) {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id } });
  if (!endpoint) throw notFound("Webhook endpoint");
  const event: TNotificationEvent = {
    id: randomUUID(),
    type: "request.submitted",
    occurredAt: new Date().toISOString(),
    request: {
      id: "test",
      number: 0,
      reference: "REQ-0",
      kind: "PROVISION",
      status: "SUBMITTED",
      stage: 1,
      stageName: "Test",
      stackName: "stackvend-test",
      product: { id: "test", slug: "test", name: "Test delivery" },
      portfolio: { id: "test", name: "Test" },
      requester: { id: caller.id, name: caller.name, email: caller.email },
    },
    actor: null,
    comment: null,
    recipientIds: [],
  };
  return postWebhook({
    url: endpoint.url,
    body: webhookBody(event, endpoint.format, settings.baseUrl),
    secret: endpoint.secret,
    headers: { "Stackvend-Event": "test" },
    allowPrivate: settings.webhooks.allowPrivate,
    timeoutMs: settings.webhooks.timeoutMs,
    resolve,
  });
}
