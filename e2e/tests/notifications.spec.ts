import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { orderAndSubmit, publishWithPolicy } from "./approvals-setup.ts";
import { uniqueName } from "./catalog-admin.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

/** The bell's unread count, as the header renders it. */
async function unread(page: Page): Promise<number> {
  return Number(await page.getByRole("link", { name: /^Notifications, / }).getAttribute("data-unread"));
}

/** A webhook receiver on 127.0.0.1 that keeps each delivery with its headers. */
async function startReceiver() {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `Stackvend-Signature: t=…,v1=…` checked the way a receiver would. */
function signatureValid(secret: string, header: unknown, body: string): boolean {
  const match = typeof header === "string" ? /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) : null;
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, "hex"));
}

test("an approver sees the bell count rise when a request is submitted and opens it from the inbox", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const product = await publishWithPolicy(browser, testInfo, [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
  ]);
  const approver = await browser.newPage();
  await signIn(approver, DEMO.approver);
  const before = await unread(approver);

  const { dev, number } = await orderAndSubmit(browser, product, {
    appName: "bell-queue",
    token: "tok-never-shown-bell",
  });
  await dev.close();

  await test.step("the bell counts it without a reload", async () => {
    await expect.poll(() => unread(approver), { timeout: 30_000 }).toBeGreaterThan(before);
  });
  await test.step("the inbox names it; opening it goes to the approval and marks it read", async () => {
    await approver.getByRole("link", { name: /^Notifications, / }).click();
    await expect(approver.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const item = approver
      .getByRole("listitem")
      .filter({ has: approver.getByRole("link", { name: `REQ-${number} waits for your decision` }) });
    await expect(item).toHaveAttribute("data-read", "false");
    await expect(item).toContainText(product.name);
    await expect(item).not.toContainText("tok-never-shown-bell");
    await item.getByRole("link", { name: `REQ-${number} waits for your decision` }).click();
    await expect(approver).toHaveURL(/\/approvals\/[^/]+$/);
    await expect(
      approver.getByRole("heading", { level: 1, name: `#${number} · ${product.name}` }),
    ).toBeVisible();
    await approver.goto("/notifications");
    await expect(
      approver
        .getByRole("listitem")
        .filter({ has: approver.getByRole("link", { name: `REQ-${number} waits for your decision` }) }),
    ).toHaveAttribute("data-read", "true");
  });
  // The bell's exact count is not asserted: journeys running alongside notify this approver too.
  await test.step("mark all read empties the unread view", async () => {
    await approver.getByRole("button", { name: "Mark all read" }).click();
    await approver.getByRole("button", { name: "Unread", exact: true }).click();
    await expect(approver.getByText("Nothing unread.")).toBeVisible();
  });
  await approver.close();
});

test("an admin adds a webhook, keeps its secret, and sees the signed delivery of a real submit", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  const name = uniqueName(testInfo, "Hook");
  const admin = await browser.newPage();
  try {
    await signIn(admin, DEMO.admin);
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Webhooks & email" })
      .click();
    await expect(admin.getByRole("heading", { level: 1, name: "Webhooks & email" })).toBeVisible();
    await expect(admin.locator("[data-email-configured]")).toContainText("SMTP_URL is not set");

    const form = admin.locator("form").filter({ has: admin.getByRole("heading", { name: "Add endpoint" }) });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("URL").fill(receiver.url);
    await form.getByRole("checkbox", { name: "request.submitted" }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const secret = await admin.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await admin.getByRole("button", { name: "Done" }).click();
    await expect(admin.getByLabel("Signing secret")).toHaveCount(0);
    const row = admin.locator(`[data-webhook="${name}"]`);
    await expect(row).toContainText("request.submitted");
    await expect(row).not.toContainText(secret);

    await test.step("a test send reaches the receiver", async () => {
      await row.getByRole("button", { name: `Send a test event to ${name}` }).click();
      await expect(row).toContainText(`${name} answered 204.`);
      expect(receiver.received.some((r) => r.headers["stackvend-event"] === "test")).toBe(true);
    });

    const product = await publishWithPolicy(browser, testInfo, [
      { name: "Team review", approverGroup: "Approvers", required: 1 },
    ]);
    const { dev, number } = await orderAndSubmit(browser, product, {
      appName: "hook-queue",
      token: "tok-never-shown-hook",
    });
    await dev.close();

    await test.step("the submit is delivered, signed with the secret, without the NoEcho value", async () => {
      await expect
        .poll(() => receiver.received.filter((r) => r.body.includes(`REQ-${number}`)).length, {
          timeout: 30_000,
        })
        .toBe(1);
      const delivery = receiver.received.find((r) => r.body.includes(`REQ-${number}`))!;
      expect(delivery.headers["stackvend-event"]).toBe("request.submitted");
      expect(signatureValid(secret, delivery.headers["stackvend-signature"], delivery.body)).toBe(true);
      expect(delivery.body).toContain(product.name);
      expect(delivery.body).not.toContain("tok-never-shown-hook");
    });

    await test.step("the deliveries list shows it delivered, with its response and a redeliver button", async () => {
      await admin.reload();
      const delivered = admin
        .getByRole("row")
        .filter({ hasText: name })
        .filter({ hasText: "Delivered" })
        .first();
      await expect(delivered).toContainText("request.submitted");
      await expect(delivered).toContainText("204");
      await expect(delivered.getByRole("button", { name: /^Redeliver delivery / })).toBeVisible();
    });

    await test.step("disabling and deleting the endpoint", async () => {
      await row.getByRole("button", { name: "Disable" }).click();
      await expect(row).toContainText("Disabled");
      await row.getByRole("button", { name: `Delete ${name}` }).click();
      await row.getByRole("button", { name: "Delete now" }).click();
      await expect(row).toHaveCount(0);
    });
  } finally {
    await admin.close();
    await receiver.close();
  }
});
