import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyRequestEvent } from "../src/services/notifications/notify-request-event.ts";
import { createNotificationWorker, runUntilIdle } from "../src/services/notifications/worker.ts";
import { sendDueReminders } from "../src/services/notifications/send-reminders.ts";
import {
  ADMIN,
  APPROVER,
  DEV,
  DEV2,
  failure,
  PROD,
  unique,
  useSeededDatabase,
} from "../src/testing/integration.ts";
import {
  callerWithSettings,
  startSmtpServer,
  startWebhookReceiver,
  testSettings,
} from "../src/testing/notifications.ts";

const { db, as } = useSeededDatabase();
const APPROVER2 = "approver2@stackvend.local";
const SECRET_PASSWORD = "Zx9-NoEcho-Password-Q7";
const SECRET_USERNAME = "noecho_user_k4";
const FAST = { backoff: { baseMs: 5, maxMs: 20 }, leaseMs: 1_000 };

/** Delivers everything queued so far (the seed's events too) with the given settings. */
async function deliverAll(smtpUrl?: string) {
  const worker = createNotificationWorker({ db: db().prisma, settings: testSettings(smtpUrl), ...FAST });
  await runUntilIdle(worker, db().prisma);
}

async function ids(emails: string[]) {
  const users = await db().prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  return users.map((u) => u.id).sort();
}

async function digestOf(id: string) {
  return (await db().prisma.request.findUniqueOrThrow({ where: { id } })).renderedDigest!;
}

async function orderEc2(email = DEV) {
  const dev = await as(email);
  const portfolio = await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } });
  const version = await db().prisma.productVersion.findFirstOrThrow({
    where: { product: { slug: "ec2-web-server" } },
  });
  const draft = await dev.orders.saveDraft({
    portfolioId: portfolio.id,
    productVersionId: version.id,
    stackName: unique("web"),
    values: { KeyName: "dana-laptop", InstanceType: "t3.micro" },
  });
  return dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
}

beforeAll(async () => {
  await deliverAll();
});

describe("email", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it("a submit → approve → approve journey mails the deciders of each stage and then the requester, in their language, without NoEcho values", async () => {
    await db().prisma.user.update({ where: { email: APPROVER }, data: { locale: "ko" } });
    const prod = await as(PROD);
    const portfolio = await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Production" } });
    const version = await db().prisma.productVersion.findFirstOrThrow({
      where: { product: { slug: "rds-postgres" } },
    });
    const stackName = unique("orders-db");
    const draft = await prod.orders.saveDraft({
      portfolioId: portfolio.id,
      productVersionId: version.id,
      stackName,
      values: {
        DBSubnetGroupName: "prod-db-subnets",
        VpcSecurityGroupIds: ["sg-0123456789abcdef0"],
        DBPassword: SECRET_PASSWORD,
        DBUsername: SECRET_USERNAME,
      },
      tags: { CostCenter: "1001" },
      justification: "Orders database",
    });
    const request = await prod.orders.submit({ id: draft.id, expectedVersion: draft.version });
    await deliverAll(smtp.url);
    // Stage 1 (Approvers): both team leads; never the requester, not the admin outside the group.
    expect(smtp.mails.map((m) => m.to && "text" in m.to && m.to.text).sort()).toEqual(
      [APPROVER, APPROVER2].sort(),
    );
    const korean = smtp.mails.find((m) => m.to && "text" in m.to && m.to.text === APPROVER)!;
    expect(korean.subject).toContain("승인 대기");
    expect(korean.text).toContain("PostgreSQL database");
    expect(korean.text).toContain(stackName);
    expect(korean.text).toContain("Pat Operator");
    expect(korean.text).toContain(`https://catalog.example.test/approvals/${request.id}`);
    expect(korean.html).toContain(`href="https://catalog.example.test/approvals/${request.id}"`);
    const english = smtp.mails.find((m) => m.to && "text" in m.to && m.to.text === APPROVER2)!;
    expect(english.subject).toMatch(/^REQ-\d+ waits for your approval: PostgreSQL database$/);

    await (
      await as(APPROVER)
    ).approvals.decide({ id: request.id, decision: "APPROVE", digest: await digestOf(request.id) });
    await deliverAll(smtp.url);
    // Stage 2 (Security): approver2 only; approver decided stage 1.
    expect(smtp.mails).toHaveLength(3);
    expect(smtp.mails[2]!.to && "text" in smtp.mails[2]!.to && smtp.mails[2]!.to.text).toBe(APPROVER2);
    expect(smtp.mails[2]!.subject).toContain("reached Security");

    await (
      await as(APPROVER2)
    ).approvals.decide({
      id: request.id,
      decision: "APPROVE",
      comment: "Looks good",
      digest: await digestOf(request.id),
    });
    await deliverAll(smtp.url);
    expect(smtp.mails).toHaveLength(4);
    const approved = smtp.mails[3]!;
    expect(approved.to && "text" in approved.to && approved.to.text).toBe(PROD);
    expect(approved.subject).toContain("approved");
    expect(approved.text).toContain("Looks good");
    expect(approved.text).toContain(`https://catalog.example.test/requests/${request.id}`);

    for (const mail of smtp.mails) {
      const all = `${mail.subject}\n${mail.text}\n${String(mail.html)}`;
      expect(all).not.toContain(SECRET_PASSWORD);
      expect(all).not.toContain(SECRET_USERNAME);
    }
    // The inbox holds the same events.
    const inbox = await (await as(PROD)).notifications.list({});
    expect(inbox.items[0]).toMatchObject({ type: "request.approved", requestId: request.id, readAt: null });
    expect(JSON.stringify(inbox.items)).not.toContain(SECRET_PASSWORD);
  });

  it("respects a recipient's choice to get no email of a kind", async () => {
    const approver = await as(APPROVER);
    await approver.notifications.setPreferences({ email: [{ type: "request.submitted", enabled: false }] });
    const prefs = await approver.notifications.getPreferences();
    // The page tells users when this installation sends no email at all.
    expect(prefs.emailConfigured).toBe(false);
    const withSmtp = await callerWithSettings(db().prisma, APPROVER, testSettings(smtp.url));
    expect((await withSmtp.notifications.getPreferences()).emailConfigured).toBe(true);
    expect(prefs.email.find((p) => p.type === "request.submitted")).toEqual({
      type: "request.submitted",
      enabled: false,
    });
    // A change of what one is told is an action like any other: in the audit log.
    const approverId = (await db().prisma.user.findUniqueOrThrow({ where: { email: APPROVER } })).id;
    expect(
      await db().prisma.auditEvent.findFirst({
        where: { action: "notification.preferences.update", actorId: approverId },
        orderBy: { sequence: "desc" },
        select: { objectId: true, data: true },
      }),
    ).toEqual({ objectId: approverId, data: { emailOff: ["request.submitted"] } });
    const before = smtp.mails.length;
    const request = await orderEc2();
    await deliverAll(smtp.url);
    const to = smtp.mails.slice(before).map((m) => m.to && "text" in m.to && m.to.text);
    expect(to).toEqual([APPROVER2]);
    // Still in the inbox.
    expect((await approver.notifications.list({})).items[0]).toMatchObject({ requestId: request.id });
    await approver.notifications.setPreferences({ email: [{ type: "request.submitted", enabled: true }] });
  });

  it("reminds the current stage's deciders once when a request waits past remindAt", async () => {
    const request = await orderEc2();
    await deliverAll(smtp.url);
    await db().prisma.request.update({
      where: { id: request.id },
      data: { remindAt: new Date(Date.now() - 1000) },
    });
    const before = smtp.mails.length;
    expect(await sendDueReminders(db().prisma)).toBe(1);
    expect(await sendDueReminders(db().prisma)).toBe(0);
    await deliverAll(smtp.url);
    const reminders = smtp.mails.slice(before);
    expect(reminders.map((m) => m.to && "text" in m.to && m.to.text).sort()).toEqual(
      [APPROVER, APPROVER2].sort(),
    );
    expect(reminders.every((m) => /알림|Reminder/.test(m.subject ?? ""))).toBe(true);
  });

  it("admins see whether email is set up and can send a test email", async () => {
    const admin = await callerWithSettings(db().prisma, ADMIN, testSettings(smtp.url));
    expect(await admin.admin.notifications.emailStatus()).toEqual({
      configured: true,
      from: "Stackvend <stackvend@catalog.example.test>",
    });
    expect(await admin.admin.notifications.sendTestEmail({ to: "ops@example.test", locale: "ko" })).toEqual({
      ok: true,
      error: null,
    });
    expect(smtp.mails.at(-1)?.subject).toBe("Stackvend 테스트 이메일");
    // Email deliveries name their recipient by address on the admin page.
    const emails = await admin.admin.notifications.listDeliveries({ channel: "email", limit: 20 });
    expect(emails.items.length).toBeGreaterThan(0);
    expect(emails.items.every((d) => d.recipientEmail?.endsWith("@stackvend.local"))).toBe(true);
    const off = await as(ADMIN);
    expect(await off.admin.notifications.emailStatus()).toEqual({ configured: false, from: null });
    expect((await failure(off.admin.notifications.sendTestEmail({ to: "ops@example.test" }))).appCode).toBe(
      "INVALID_TRANSITION",
    );
  });
});

describe("webhooks", () => {
  it("retries a failing receiver with backoff: fails twice, then delivers; every delivery signed", async () => {
    const receiver = await startWebhookReceiver((n) => (n <= 2 ? 500 : 204));
    const admin = await callerWithSettings(db().prisma, ADMIN, testSettings());
    const endpoint = await admin.admin.webhooks.create({
      name: "flaky",
      url: receiver.url,
      events: ["request.submitted"],
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    receiver.setSecret(endpoint.secret);
    expect(JSON.stringify(await admin.admin.webhooks.list())).not.toContain(endpoint.secret);
    try {
      const request = await orderEc2();
      await deliverAll();
      expect(receiver.received).toHaveLength(3);
      expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
      const bodies = receiver.received.map((r) => JSON.parse(r.body) as Record<string, unknown>);
      expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
      expect(bodies[0]).toMatchObject({
        type: "request.submitted",
        request: { id: request.id, product: { name: "EC2 web server" }, requester: { email: DEV } },
      });
      expect(typeof bodies[0]!.time).toBe("string");
      const { items } = await admin.admin.notifications.listDeliveries({ endpointId: endpoint.id });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        status: "SUCCEEDED",
        attempts: 3,
        responseStatus: 204,
        requestId: request.id,
      });
    } finally {
      await admin.admin.webhooks.delete({ id: endpoint.id });
      await receiver.close();
    }
  });

  it("a receiver that always fails ends FAILED after the maximum with its last error and status; redeliver queues it again", async () => {
    let status = 503;
    const receiver = await startWebhookReceiver(() => status);
    const admin = await callerWithSettings(db().prisma, ADMIN, testSettings());
    const endpoint = await admin.admin.webhooks.create({
      name: "down",
      url: receiver.url,
      format: "SLACK",
      events: ["request.submitted"],
    });
    receiver.setSecret(endpoint.secret);
    try {
      await orderEc2();
      await deliverAll();
      const { items } = await admin.admin.notifications.listDeliveries({
        endpointId: endpoint.id,
        status: "FAILED",
      });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ status: "FAILED", attempts: 8, maxAttempts: 8, responseStatus: 503 });
      expect(items[0]!.lastError).toContain("HTTP 503");
      expect(receiver.received).toHaveLength(8);
      expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
      expect(JSON.parse(receiver.received[0]!.body)).toEqual({
        text: expect.stringContaining("EC2 web server"),
      });

      status = 200;
      await admin.admin.notifications.redeliver({ id: items[0]!.id });
      await deliverAll();
      expect(receiver.received).toHaveLength(9);
      const after = await admin.admin.notifications.listDeliveries({ endpointId: endpoint.id });
      expect(after.items[0]).toMatchObject({ status: "SUCCEEDED", attempts: 1, responseStatus: 200 });
    } finally {
      await admin.admin.webhooks.delete({ id: endpoint.id });
      await receiver.close();
    }
  });

  it("refuses private targets unless allowed, and follows no redirect", async () => {
    const strict = await as(ADMIN);
    for (const url of [
      "http://127.0.0.1:9/hook",
      "http://localhost:9/hook",
      "http://[::1]:9/",
      "http://169.254.169.254/",
    ]) {
      const f = await failure(strict.admin.webhooks.create({ name: "inside", url }));
      expect(f.appCode, url).toBe("INVALID_INPUT");
      expect(f.fieldErrors.url?.[0]).toMatch(/loopback, private or link-local/);
    }
    const receiver = await startWebhookReceiver(() => 302);
    const admin = await callerWithSettings(db().prisma, ADMIN, testSettings());
    const endpoint = await admin.admin.webhooks.create({ name: "redirecting", url: receiver.url });
    try {
      const result = await admin.admin.webhooks.testSend({ id: endpoint.id });
      expect(result).toMatchObject({ ok: false, status: 302 });
      expect(receiver.received).toHaveLength(1);
      await admin.admin.webhooks.update({ id: endpoint.id, enabled: false });
      expect((await admin.admin.webhooks.list()).find((e) => e.id === endpoint.id)?.enabled).toBe(false);
    } finally {
      await admin.admin.webhooks.delete({ id: endpoint.id });
      await receiver.close();
    }
  });
});

describe("outbox", () => {
  it("a rolled-back change leaves no job and no notification", async () => {
    const request = await orderEc2();
    const jobs = await db().prisma.job.count();
    const notifications = await db().prisma.notification.count();
    await expect(
      db().prisma.$transaction(async (tx) => {
        await notifyRequestEvent(tx, { requestId: request.id, type: "request.reminder" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    // A decision refused by the service (own request) also writes nothing.
    await failure(
      (await as(DEV)).approvals.decide({
        id: request.id,
        decision: "APPROVE",
        digest: await digestOf(request.id),
      }),
    );
    expect(await db().prisma.job.count()).toBe(jobs);
    expect(await db().prisma.notification.count()).toBe(notifications);
  });

  it("the submit's transaction writes the inbox rows of the stage's deciders and one job", async () => {
    const request = await orderEc2(DEV2);
    const rows = await db().prisma.notification.findMany({ where: { requestId: request.id } });
    expect(rows.map((r) => r.userId).sort()).toEqual(await ids([APPROVER, APPROVER2]));
    expect(await db().prisma.job.count({ where: { requestId: request.id, queue: "notify" } })).toBe(1);
    // Without SMTP, email is off: the event is handled and no email is queued, nothing fails.
    await deliverAll();
    const jobs = await db().prisma.job.findMany({ where: { requestId: request.id } });
    expect(jobs.map((j) => [j.queue, j.status])).toEqual([["notify", "SUCCEEDED"]]);
  });
});

describe("authorization and the inbox", () => {
  it("anonymous callers get UNAUTHORIZED, requesters FORBIDDEN on admin procedures", async () => {
    const anonymous = await as(null);
    expect((await failure(anonymous.notifications.list({}))).code).toBe("UNAUTHORIZED");
    expect((await failure(anonymous.notifications.unreadCount())).code).toBe("UNAUTHORIZED");
    expect((await failure(anonymous.admin.webhooks.list())).code).toBe("UNAUTHORIZED");
    const dev = await as(DEV);
    expect((await failure(dev.admin.webhooks.list())).code).toBe("FORBIDDEN");
    expect((await failure(dev.admin.webhooks.create({ name: "x", url: "https://example.com/" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await failure(dev.admin.notifications.listDeliveries({}))).code).toBe("FORBIDDEN");
    expect((await failure(dev.admin.notifications.redeliver({ id: "1" }))).code).toBe("FORBIDDEN");
    expect((await failure(dev.admin.notifications.emailStatus())).code).toBe("FORBIDDEN");
    expect((await failure((await as(APPROVER)).admin.webhooks.list())).code).toBe("FORBIDDEN");
  });

  it("a user sees, counts and marks only their own notifications, in cursor pages", async () => {
    const request = await orderEc2();
    await (
      await as(APPROVER)
    ).approvals.decide({
      id: request.id,
      decision: "REJECT",
      comment: "No",
      digest: await digestOf(request.id),
    });
    const dev = await as(DEV);
    const dev2 = await as(DEV2);
    const mine = await dev.notifications.list({ limit: 1 });
    expect(mine.items[0]).toMatchObject({ type: "request.rejected", requestId: request.id });
    expect(mine.nextCursor).not.toBeNull();
    const next = await dev.notifications.list({ limit: 1, cursor: mine.nextCursor! });
    expect(next.items[0]?.id).not.toBe(mine.items[0]!.id);
    const theirs = await dev2.notifications.list({ limit: 100 });
    expect(theirs.items.map((n) => n.id)).not.toContain(mine.items[0]!.id);
    expect((await failure(dev2.notifications.markRead({ ids: [mine.items[0]!.id] }))).code).toBe("NOT_FOUND");

    const unread = (await dev.notifications.unreadCount()).count;
    expect(unread).toBeGreaterThan(0);
    expect(await dev.notifications.markRead({ ids: [mine.items[0]!.id] })).toEqual({ updated: 1 });
    expect((await dev.notifications.unreadCount()).count).toBe(unread - 1);
    const unreadOf2 = (await dev2.notifications.unreadCount()).count;
    await dev.notifications.markAllRead();
    expect((await dev.notifications.unreadCount()).count).toBe(0);
    expect((await dev2.notifications.unreadCount()).count).toBe(unreadOf2);
  });
});
