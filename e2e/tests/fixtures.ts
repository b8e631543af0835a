import { test as base, expect, type Page } from "@playwright/test";
import { A11yWatch, formatChecks } from "./a11y.ts";

export { expect };

let current: A11yWatch | undefined;

/**
 * Playwright's test with axe-core watching every page of the test, whether from the `page`
 * fixture or from `browser.newPage()`: each navigation is checked once it settles, each page
 * again at the end, and the test fails listing every WCAG 2.1 A/AA violation found.
 */
export const test = base.extend<{ a11y: A11yWatch }>({
  a11y: [
    // `context` first, so it is still open when the pages are checked at the end.
    async ({ browser, context, baseURL }, use, testInfo) => {
      const watch = new A11yWatch(new URL(baseURL ?? "http://localhost").origin);
      watch.watchContext(context);
      const unwatch = watch.watchBrowser(browser);
      current = watch;
      try {
        await use(watch);
        await watch.finish(testInfo.status === testInfo.expectedStatus);
      } finally {
        current = undefined;
        unwatch();
      }
      testInfo.annotations.push({ type: "axe checks", description: String(watch.checks) });
      if (watch.found.length > 0) throw new Error(formatChecks(watch.found));
    },
    { auto: true },
  ],
  page: async ({ page, a11y }, use) => {
    a11y.watch(page);
    await use(page);
  },
});

/** Checks the page as it is now, e.g. with a dialog or menu open; fails at once on a violation. */
export async function checkA11y(page: Page, when = "explicit check"): Promise<void> {
  if (!current) throw new Error("checkA11y runs inside a test that uses the fixtures' test");
  const check = await current.check(page, when);
  if (check && check.violations.length > 0) throw new Error(formatChecks([check]));
}

export const DEMO_PASSWORD = "stackvend-demo";

export const DEMO = {
  admin: "admin@stackvend.local",
  approver: "approver@stackvend.local",
  dev: "dev@stackvend.local",
  prod: "prod@stackvend.local",
} as const;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("button", { name: /account|user menu/i }).or(page.getByText(email)),
  ).toBeVisible();
}

/** The link names in the main navigation, in order. */
export async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeVisible();
  // Without count badges: how many requests wait on an approver depends on the other journeys running.
  const texts = await nav.getByRole("link").evaluateAll((links) =>
    links.map((link) => {
      const copy = link.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("[data-nav-badge]").forEach((badge) => badge.remove());
      return copy.textContent ?? "";
    }),
  );
  return texts.map((t) => t.trim()).filter(Boolean);
}
