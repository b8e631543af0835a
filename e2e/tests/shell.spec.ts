import { DEMO, DEMO_PASSWORD, expect, navLinks, signIn, test } from "./fixtures.ts";

const EXPECTED_NAV: Record<keyof typeof DEMO, string[]> = {
  dev: ["Catalog", "My requests", "My products"],
  prod: ["Catalog", "My requests", "My products"],
  approver: ["Approvals"],
  admin: [
    "Approvals",
    "Portfolios",
    "Products",
    "Provisioned products",
    "Tag options",
    "Users",
    "Single sign-on",
    "Webhooks & email",
    "Audit log",
  ],
};

for (const [who, email] of Object.entries(DEMO) as [keyof typeof DEMO, string][]) {
  test(`${who} signs in and sees exactly their navigation`, async ({ page }) => {
    await signIn(page, email);
    const links = await navLinks(page);
    expect(links.filter((l) => l !== "Home" && l !== "Stackvend")).toEqual(EXPECTED_NAV[who]);
  });
}

test("a wrong password shows an error and keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.dev);
  await page.getByLabel("Password").fill(DEMO_PASSWORD + "-wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.dev);
});

test("an anonymous visitor to a signed-in page is sent to sign in and back", async ({ page }) => {
  await page.goto("/requests");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Frequests/);
  await page.getByLabel("Email").fill(DEMO.dev);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/requests$/);
});

test("a requester cannot open an admin page", async ({ page }) => {
  await signIn(page, DEMO.dev);
  await page.goto("/admin/users");
  await expect(page.getByText("admin@stackvend.local")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /access/i })).toBeVisible();
});

test("switching to Korean translates the shell and survives a reload", async ({ page }) => {
  await signIn(page, DEMO.dev);
  await page.getByRole("button", { name: "Language" }).click();
  await page
    .getByRole("menuitemradio", { name: "한국어" })
    .or(page.getByRole("menuitem", { name: "한국어" }))
    .click();
  const nav = page.getByRole("navigation", { name: "메인" });
  await expect(nav.getByRole("link", { name: "카탈로그" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "내 요청" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await page.reload();
  await expect(nav.getByRole("link", { name: "카탈로그" })).toBeVisible();
});

test("the health endpoint tells anonymous callers only ok or not", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("an unknown page shows a not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /home/i })).toBeVisible();
});

test("an address with malformed percent-encoding is the client's error, never a server error", async ({
  request,
}) => {
  for (const path of ["/catalog/%ff%fe", "/requests/%ff", "/api/trpc/%ff"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("malformed percent-encoding");
  }
});
