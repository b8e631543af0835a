import type { Locator, Page } from "@playwright/test";
import { publishWithPolicy } from "./approvals-setup.ts";
import { DEMO, DEMO_PASSWORD, expect, test } from "./fixtures.ts";

// Everything here is done with the keyboard alone: no clicks, no filling of locators.

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
  await expectVisibleFocus(page);
}

/**
 * The focused control shows it: an outline or a ring (a box-shadow with a
 * spread) on it, its ::after, or the wrapper that draws the ring for it.
 */
async function expectVisibleFocus(page: Page): Promise<void> {
  const shown = await page.evaluate(() => {
    const ring = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
      /0px 0px 0px [1-9]/.test(style.boxShadow);
    let el = document.activeElement;
    if (!el || el === document.body) return false;
    if (!el.matches(":focus-visible")) return false;
    for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
      if (ring(getComputedStyle(el)) || ring(getComputedStyle(el, "::after"))) return true;
    }
    return false;
  });
  expect(shown, "the focused element shows a focus indicator").toBe(true);
}

async function signInWithKeyboard(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /account|user menu/i })).toBeVisible();
}

/** Selects everything in the focused box and types over it. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

test("a requester orders and an approver rejects with the keyboard alone", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const product = await publishWithPolicy(browser, testInfo, [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
  ]);
  const dev = await browser.newPage();

  await test.step("sign in, skip to the content, use the header menus", async () => {
    await signInWithKeyboard(dev, DEMO.dev);
    await dev.keyboard.press("Tab");
    const skip = dev.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await dev.keyboard.press("Enter");
    await expect(dev.locator("main")).toBeFocused();

    const account = dev.getByRole("button", { name: /account|user menu/i });
    await tabTo(dev, account, { back: true });
    await dev.keyboard.press("Enter");
    const menu = dev.getByRole("menu");
    await expect(menu.getByRole("menuitem").first()).toBeFocused();
    await dev.keyboard.press("ArrowDown");
    await expect(menu.getByRole("menuitem").nth(1)).toBeFocused();
    await expectVisibleFocus(dev);
    await dev.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(account).toBeFocused();

    const language = dev.getByRole("button", { name: "Language" });
    await tabTo(dev, language, { back: true });
    await dev.keyboard.press("ArrowDown");
    await expect(dev.getByRole("menuitemradio").first()).toBeFocused();
    await dev.keyboard.press("Escape");
    await expect(language).toBeFocused();
  });

  await test.step("search the catalog and open the product", async () => {
    await tabTo(dev, dev.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }), {
      back: true,
    });
    await dev.keyboard.press("Enter");
    await expect(dev).toHaveURL(/\/catalog$/);
    const search = dev.getByRole("searchbox", { name: "Search products" });
    await tabTo(dev, search);
    await dev.keyboard.type(product.name);
    await dev.keyboard.press("Enter");
    await expect(dev).toHaveURL(/\/catalog\?q=/);
    await tabTo(dev, dev.getByRole("link", { name: product.name, exact: true }));
    await dev.keyboard.press("Enter");
    await expect(dev.getByRole("heading", { level: 1, name: product.name })).toBeVisible();
    await tabTo(dev, dev.getByRole("link", { name: /^Order/ }).first());
    await dev.keyboard.press("Enter");
    await expect(dev).toHaveURL(new RegExp(`/catalog/${product.slug}/order`));
  });

  await test.step("a failed submit puts focus on the first invalid field and announces the errors", async () => {
    await tabTo(dev, dev.getByLabel("Stack name"));
    await dev.keyboard.type(product.stackName);
    const appName = dev.getByLabel("Application name");
    await tabTo(dev, appName);
    await dev.keyboard.type("Not Valid!");
    const retention = dev.getByLabel("Retention days");
    await tabTo(dev, retention);
    await retype(dev, "99");
    await tabTo(dev, dev.getByRole("button", { name: "Submit" }));
    await dev.keyboard.press("Enter");

    const summary = dev.getByRole("alert").filter({ hasText: "fields need attention" });
    await expect(summary).toContainText("2 fields need attention.");
    await expect(summary.getByRole("link")).toHaveText(["Application name", "Retention days"]);
    await expect(appName).toBeFocused();
    await expect(appName).toHaveAttribute("aria-invalid", "true");
    await expectVisibleFocus(dev);
    await expect(dev).toHaveURL(/\/order/);
  });

  await test.step("fix the values, preview, submit", async () => {
    await retype(dev, "keys-queue");
    await tabTo(dev, dev.getByLabel("Retention days"));
    await retype(dev, "8");
    await dev.keyboard.press("ArrowDown");
    await expect(dev.getByLabel("Retention days")).toHaveValue("7");
    await tabTo(dev, dev.getByLabel("API token"));
    await dev.keyboard.type("tok-keyboard-only");
    await tabTo(dev, dev.getByRole("textbox", { name: "Justification" }));
    await dev.keyboard.type("Ordered without a mouse");
    await expect(dev.getByRole("alert").filter({ hasText: "need attention" })).toHaveCount(0);

    await tabTo(dev, dev.getByRole("button", { name: "Preview" }));
    await dev.keyboard.press("Enter");
    const preview = dev.locator("#order-preview");
    await expect(preview).toBeFocused();
    await expect(preview).toContainText("Ready to submit: the values pass every check.");
    await expect(preview).toContainText("Default: keys-queue");

    await tabTo(dev, dev.getByRole("button", { name: "Submit" }), { back: true });
    await dev.keyboard.press("Enter");
    await expect(dev).toHaveURL(/\/requests\/[^/]+$/);
  });
  const number = /#(\d+)/.exec(await dev.getByRole("heading", { level: 1 }).innerText())![1]!;
  await dev.close();

  const approver = await browser.newPage();
  await test.step("the approver filters the queue and opens the request", async () => {
    await signInWithKeyboard(approver, DEMO.approver);
    await tabTo(
      approver,
      approver.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Approvals/ }),
    );
    await approver.keyboard.press("Enter");
    await expect(approver).toHaveURL(/\/approvals$/);
    await tabTo(approver, approver.getByLabel("Product"));
    // A closed select takes type-ahead, as it does for anyone using the keyboard.
    await approver.keyboard.type(product.name);
    await tabTo(approver, approver.getByRole("button", { name: "Filter" }));
    await approver.keyboard.press("Enter");
    await expect(approver).toHaveURL(new RegExp(`product=${product.productId}`));
    await tabTo(approver, approver.getByRole("link", { name: `Review request #${number}: ${product.name}` }));
    await approver.keyboard.press("Enter");
    await expect(
      approver.getByRole("heading", { level: 1, name: `#${number} · ${product.name}` }),
    ).toBeVisible();
  });

  await test.step("rejecting without a comment moves focus to the comment and announces why", async () => {
    const reject = approver.getByRole("button", { name: "Reject", exact: true });
    await tabTo(approver, reject);
    await approver.keyboard.press("Enter");
    const comment = approver.getByLabel("Comment");
    await expect(approver.getByRole("alert").filter({ hasText: "Comment is required" })).toBeVisible();
    await expect(comment).toBeFocused();
    await expect(comment).toHaveAttribute("aria-invalid", "true");
  });

  await test.step("the confirmation traps focus, Escape returns it to Reject, Enter confirms", async () => {
    await approver.keyboard.type("Use the shared queue instead");
    const reject = approver.getByRole("button", { name: "Reject", exact: true });
    await tabTo(approver, reject);
    await approver.keyboard.press("Enter");
    const dialog = approver.getByRole("alertdialog", { name: `Reject request #${number}?` });
    await expect(dialog).toContainText("Use the shared queue instead");
    const keep = dialog.getByRole("button", { name: "Keep reviewing" });
    const confirm = dialog.getByRole("button", { name: "Reject request" });
    await expect(keep).toBeFocused();
    for (const key of ["Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
      await approver.keyboard.press(key);
      const inside = await dialog.evaluate((el) => el.contains(document.activeElement));
      expect(inside, `focus stays in the dialog after ${key}`).toBe(true);
    }
    await expect(confirm).toBeFocused();
    await approver.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(reject).toBeFocused();

    await approver.keyboard.press("Space");
    await expect(keep).toBeFocused();
    await approver.keyboard.press("Tab");
    await expect(confirm).toBeFocused();
    await expectVisibleFocus(approver);
    await approver.keyboard.press("Enter");
    await expect(approver).toHaveURL(new RegExp(`/approvals\\?.*product=${product.productId}`));
    await expect(
      approver.getByRole("status").filter({ hasText: `Request #${number} rejected.` }),
    ).toBeVisible();
    await expect(approver.getByRole("heading", { level: 1, name: "Approvals" })).toBeFocused();
  });
  await approver.close();
});
