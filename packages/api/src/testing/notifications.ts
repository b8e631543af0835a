import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Prisma, TDb } from "@stackvend/db";
import { callerAs } from "./callers.ts";
import type { TNotificationEvent } from "../services/notifications/events.ts";
import { notificationSettings, type TNotificationSettings } from "../services/notifications/settings.ts";
import { WEBHOOK_QUEUE } from "../services/notifications/worker.ts";

/** A real SMTP server on a free local port that keeps every message it receives, parsed. */
export async function startSmtpServer() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface TReceived {
  headers: http.IncomingHttpHeaders;
  body: string;
  signatureValid: boolean;
}

/** Checks `Stackvend-Signature: t=…,v1=…` the way a receiver should. */
export function verifySignature(secret: string, header: string | undefined, body: string): boolean {
  const match = header?.match(/^t=(\d+),v1=([0-9a-f]{64})$/);
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, "hex"));
}

/** A webhook receiver on 127.0.0.1; `answer` says which status each delivery gets (by its position). */
export async function startWebhookReceiver(answer: (n: number) => number = () => 200, delayMs = 0) {
  const received: TReceived[] = [];
  let secret = "";
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const header = req.headers["stackvend-signature"];
      received.push({
        headers: req.headers,
        body,
        signatureValid: verifySignature(secret, typeof header === "string" ? header : undefined, body),
      });
      const status = answer(received.length);
      setTimeout(
        () => res.writeHead(status, { "content-type": "text/plain" }).end(`answer ${status}`),
        delayMs,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    setSecret: (value: string) => (secret = value),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Settings for tests: private targets allowed (the receivers are on 127.0.0.1). */
export function testSettings(smtpUrl?: string): TNotificationSettings {
  return notificationSettings({
    baseUrl: "https://catalog.example.test",
    smtpUrl,
    allowPrivateWebhooks: true,
    webhookTimeoutMs: 2_000,
  });
}

/** A caller with the given notification settings in its context. */
export function callerWithSettings(db: TDb, email: string, notifications: TNotificationSettings) {
  return callerAs(db, email, {}, notifications);
}

/** `count` webhook deliveries of made-up events to one endpoint, queued directly. */
export async function queueWebhookJobs(db: TDb, endpointId: string, count: number) {
  const data: Prisma.JobCreateManyInput[] = Array.from({ length: count }, (_, i) => {
    const event: TNotificationEvent = {
      id: `event-${i}`,
      type: "request.submitted",
      occurredAt: new Date().toISOString(),
      request: {
        id: `request-${i}`,
        number: i,
        reference: `REQ-${i}`,
        kind: "PROVISION",
        status: "SUBMITTED",
        stage: 1,
        stageName: "Review",
        stackName: `stack-${i}`,
        product: { id: "p", slug: "p", name: "Product" },
        portfolio: { id: "f", name: "Portfolio" },
        requester: { id: "u", name: "User", email: "user@example.test" },
      },
      actor: null,
      comment: null,
      recipientIds: [],
    };
    return {
      queue: WEBHOOK_QUEUE,
      endpointId,
      eventId: event.id,
      eventType: event.type,
      payload: event as unknown as Prisma.InputJsonObject,
      maxAttempts: 8,
    };
  });
  await db.job.createMany({ data });
}
