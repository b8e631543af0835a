import type { Browser, Page } from "@playwright/test";
import { uniqueName } from "./catalog-admin.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

const PRODUCT = { slug: "ec2-web-server", option: "EC2 web server (ec2-web-server)" };

/** A portfolio of this test's own, granted to Dev, holding a demo product; returns its id. */
async function portfolioWithProduct(admin: Page, name: string): Promise<string> {
  await admin.goto("/admin/portfolios/new");
  await admin.getByLabel("Name").fill(name);
  await admin.getByRole("button", { name: "Create portfolio" }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await admin.getByRole("combobox", { name: "Group" }).selectOption({ label: "Dev (2 members)" });
  await admin.getByRole("button", { name: "Grant access" }).click();
  await expect(
    admin.getByRole("list", { name: "Access grants" }).locator('[data-grant="Dev"]'),
  ).toBeVisible();
  await admin.getByRole("combobox", { name: "Add a product" }).selectOption({ label: PRODUCT.option });
  await admin.getByRole("button", { name: "Add product" }).click();
  await expect(admin.locator(`[data-product="${PRODUCT.slug}"]`)).toBeVisible();
  return admin.url().split("/").pop()!;
}

/** The approval policy as the Dev requester's order form states it. */
async function orderFormPolicy(browser: Browser, portfolioId: string) {
  const dev = await browser.newPage();
  await signIn(dev, DEMO.dev);
  await dev.goto(`/catalog/${PRODUCT.slug}/order?portfolio=${portfolioId}`);
  const policy = dev.getByRole("region", { name: /^Approval policy/ });
  await expect(policy).toBeVisible();
  return { dev, policy };
}

test("an admin builds a two-stage policy, reorders it, saves it, and sees which stage's group cannot approve", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  const portfolioName = uniqueName(testInfo, "Policy portfolio");
  const portfolioId = await portfolioWithProduct(admin, portfolioName);
  await admin.locator(`[data-product="${PRODUCT.slug}"]`).getByRole("link", { name: "Constraints" }).click();

  const card = admin.getByRole("region", { name: "Approval policy" });
  const summary = card.getByTestId("policy-summary");
  const stage = (n: number) => card.getByRole("group", { name: `Stage ${n}`, exact: true });

  await test.step("two stages: one of Approvers, then all of Admins", async () => {
    await expect(summary).toContainText("1 stage: any approver");
    await stage(1).getByLabel("Name").fill("Team lead");
    await stage(1).getByLabel("Approver group").selectOption({ label: "Approvers (2 members)" });
    await card.getByRole("button", { name: "Add stage" }).click();
    await expect(stage(2).getByLabel("Name")).toBeFocused();
    await stage(2).getByLabel("Name").fill("Security review");
    await stage(2).getByLabel("Approver group").selectOption({ label: "Admins (1 member)" });
    await stage(2).getByRole("checkbox", { name: "All members" }).check();
    await expect(stage(2).getByLabel("Approvals needed")).toBeDisabled();
    await expect(summary).toContainText("2 stages: 1 of Approvers, then all of Admins");
  });

  await test.step("reordering with the buttons, then the keyboard, changes the summary", async () => {
    await card.getByRole("button", { name: "Move Security review up" }).click();
    await expect(summary).toContainText("2 stages: all of Admins, then 1 of Approvers");
    await expect(stage(1).getByLabel("Name")).toHaveValue("Security review");
    // Focus stays on the moved stage, on the button that still works at the top.
    const down = card.getByRole("button", { name: "Move Security review down" });
    await expect(down).toBeFocused();
    await admin.keyboard.press("Enter");
    await expect(summary).toContainText("2 stages: 1 of Approvers, then all of Admins");
    await expect(card.getByRole("button", { name: "Move Security review up" })).toBeFocused();
    await admin.keyboard.press("Space");
    await expect(summary).toContainText("2 stages: all of Admins, then 1 of Approvers");
  });

  await test.step("auto-approval conditions and expiry appear in the summary", async () => {
    await card.getByRole("checkbox", { name: /Approve some requests automatically/ }).check();
    await expect(card.getByText(/every request will be approved automatically/)).toBeVisible();
    await card.getByRole("checkbox", { name: "Only these request kinds" }).check();
    await card.getByRole("checkbox", { name: "Termination" }).check();
    await card.getByRole("checkbox", { name: "Only when the estimated cost is within a limit" }).check();
    await card.getByLabel("Limit (USD a month)").fill("40");
    await card.getByLabel("Expire undecided requests after (days)").fill("14");
    await expect(summary).toContainText(
      "Approved automatically when the request is a termination and the estimated cost is at most $40.00 a month",
    );
    await expect(summary).toContainText(
      "A request whose cost cannot be estimated is never approved automatically.",
    );
    await expect(summary).toContainText("Requests still undecided after 14 days expire.");
  });

  await test.step("it saves, and reads back in the order it was left in", async () => {
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(card.getByText("In force")).toBeVisible();
    await admin.reload();
    await expect(stage(1).getByLabel("Name")).toHaveValue("Security review");
    await expect(stage(2).getByLabel("Name")).toHaveValue("Team lead");
    await expect(summary).toContainText("2 stages: all of Admins, then 1 of Approvers");
  });

  await test.step("a stage whose group cannot approve gets the server's error beside its group", async () => {
    await stage(2).getByLabel("Approver group").selectOption({ label: "Dev (2 members)" });
    await card.getByRole("button", { name: "Save" }).click();
    const group = stage(2).getByLabel("Approver group");
    await expect(group).toHaveAttribute("aria-invalid", "true");
    await expect(stage(2)).toContainText("Dev has neither the approver nor the admin role");
    await expect(stage(1).getByLabel("Approver group")).not.toHaveAttribute("aria-invalid", "true");
  });
  await admin.close();

  await test.step("the requester's order form states the product's policy", async () => {
    const { dev, policy } = await orderFormPolicy(browser, portfolioId);
    await expect(policy).toContainText(`Set for this product in ${portfolioName}`);
    await expect(policy).toContainText("2 stages: all of Admins, then 1 of Approvers");
    await expect(policy).toContainText("Approved automatically when the request is a termination");
    await dev.close();
  });
});

test("a portfolio's default policy applies to its products until the built-in one is chosen again", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  const portfolioName = uniqueName(testInfo, "Default policy portfolio");
  const portfolioId = await portfolioWithProduct(admin, portfolioName);
  const section = admin.getByRole("region", { name: "Default approval policy" });
  await expect(section.getByText("Built-in", { exact: true })).toBeVisible();

  await section.getByRole("radio", { name: "Use a policy of this portfolio's own" }).check();
  const stage = section.getByRole("group", { name: "Stage 1", exact: true });
  await stage.getByLabel("Approver group").selectOption({ label: "Approvers (2 members)" });
  await stage.getByLabel("Approvals needed").fill("2");
  await section.getByLabel("Remind deciders after (hours in a stage)").fill("24");
  await expect(section.getByTestId("policy-summary")).toContainText("1 stage: 2 of Approvers");
  await section.getByRole("button", { name: "Save default policy" }).click();
  await expect(section.getByText("Custom", { exact: true })).toBeVisible();

  const { dev, policy } = await orderFormPolicy(browser, portfolioId);
  await expect(policy).toContainText(`Default of the ${portfolioName} portfolio`);
  await expect(policy).toContainText("1 stage: 2 of Approvers");
  await expect(policy).toContainText("Deciders are reminded after 24 hours in a stage.");

  await section.getByRole("radio", { name: /Use the built-in policy/ }).check();
  await expect(section.getByTestId("policy-summary")).toContainText("1 stage: any approver");
  await section.getByRole("button", { name: "Save default policy" }).click();
  await expect(section.getByText("Built-in", { exact: true })).toBeVisible();
  await dev.reload();
  await expect(policy).toContainText("Built-in policy");
  await expect(policy).toContainText("1 stage: any approver");
  await dev.close();
  await admin.close();
});
