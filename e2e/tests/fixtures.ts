import { expect, type Page } from "@playwright/test";

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
