import type { Browser } from "@playwright/test";
import { putTestOidcUser, type TTestOidcUser } from "@stackvend/auth/testing";
import { uniqueName } from "./catalog-admin.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

/** The provider e2e/serve.ts starts beside the app. */
const ISSUER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? "3211"}`;

/** Signs in through the provider's own login page in a fresh browser, as a person would. */
async function signInWithSso(browser: Browser, user: TTestOidcUser) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test directory" }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await page.getByPlaceholder("Enter any login").fill(user.sub);
  await page.getByPlaceholder("and password").fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(
    page.getByRole("button", { name: /account|user menu/i }).or(page.getByText(user.email)),
  ).toBeVisible();
  return page;
}

test("a directory user signs in through the provider, gets the portfolios their groups grant, orders, and gets new access when the groups change", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const suffix = uniqueName(testInfo, "sso").split(" ").pop()!.toLowerCase();
  const devGroup = `cn=dev-${suffix}`;
  const prodGroup = `cn=prod-${suffix}`;

  await test.step("an admin sees the provider and maps two directory groups", async () => {
    const admin = await browser.newPage();
    await signIn(admin, DEMO.admin);
    await admin.goto("/admin/sso");
    await expect(admin.getByRole("heading", { level: 1, name: "Single sign-on" })).toBeVisible();
    await expect(admin.getByText(ISSUER)).toBeVisible();
    await expect(admin.getByTestId("sso-discovery")).toHaveText("Reachable");
    for (const [directoryGroup, group] of [
      [devGroup, "Dev"],
      [prodGroup, "Prod"],
    ] as const) {
      await admin.getByRole("textbox", { name: "Directory group" }).fill(directoryGroup);
      await admin.getByRole("checkbox", { name: group, exact: true }).check();
      await admin.getByRole("button", { name: "Add mapping" }).click();
      await expect(admin.locator(`[data-directory-group="${directoryGroup}"]`)).toContainText(group);
    }
    await admin.close();
  });

  const user: TTestOidcUser = {
    sub: `sso-${suffix}`,
    email: `sso-${suffix}@example.com`,
    email_verified: true,
    name: `Sso ${suffix}`,
    groups: [devGroup],
  };

  await test.step("the first sign-in creates the account with Dev's portfolio, and the user orders", async () => {
    await putTestOidcUser(ISSUER, user);
    const page = await signInWithSso(browser, user);
    await page.goto("/catalog?q=PostgreSQL");
    await expect(page.getByRole("searchbox", { name: "Search products" })).toHaveValue("PostgreSQL");
    await expect(page.getByRole("link", { name: "PostgreSQL database" })).toHaveCount(0);
    await page.goto("/catalog/s3-bucket/order");
    await page.getByLabel("Stack name").fill(`sso-${suffix}`);
    await page.getByLabel("What the bucket is for").fill("reports");
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page).toHaveURL(/\/requests\/[^/]+$/);
    await page.goto("/requests");
    await expect(page.getByRole("row").filter({ hasText: `sso-${suffix}` })).toContainText("S3 bucket");
    await page.context().close();
  });

  await test.step("the admin sees the new account with its group marked as from the directory", async () => {
    const admin = await browser.newPage();
    await signIn(admin, DEMO.admin);
    await admin.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
    const row = admin.locator(`[data-user-email="${user.email}"]`);
    await expect(row).toContainText(user.name);
    await expect(row.locator('[data-membership-source="DIRECTORY"]')).toHaveText("Dev (directory)");
    await admin.close();
  });

  await test.step("after the directory group changes, the next sign-in shows Prod's portfolio", async () => {
    await putTestOidcUser(ISSUER, { ...user, groups: [prodGroup] });
    const page = await signInWithSso(browser, user);
    await page.goto("/catalog?q=PostgreSQL");
    await expect(page.getByRole("link", { name: "PostgreSQL database" }).first()).toBeVisible();
    await page.context().close();
  });
});

test("a provider account whose email is not verified cannot take over a local account: the sign-in page says why", async ({
  page,
}, testInfo) => {
  const suffix = uniqueName(testInfo, "sso").split(" ").pop()!.toLowerCase();
  await putTestOidcUser(ISSUER, {
    sub: `impostor-${suffix}`,
    email: DEMO.dev,
    email_verified: false,
    name: "Impostor",
    groups: [],
  });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test directory" }).click();
  await page.getByPlaceholder("Enter any login").fill(`impostor-${suffix}`);
  await page.getByPlaceholder("and password").fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page).toHaveURL(/\/sign-in\?error=OidcEmailNotVerified/);
  await expect(page.locator("#sign-in-error")).toContainText("has not verified your email address");
  await expect(page.getByLabel("Email")).toBeVisible();
});
