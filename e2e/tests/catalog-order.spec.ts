import { readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURES_DIR, hasFixtures, journeyTemplate, uniqueName, uploadTemplate } from "./catalog-admin.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

test("an admin grants a new portfolio to Dev and publishes a template in it; Dev orders it, Prod cannot see it", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const name = uniqueName(testInfo, "Journey queue");
  // Unique per run and retry: a retry must not find the first attempt's portfolio or request.
  const suffix = name.split(" ").pop();
  const stackName = `journey-${suffix}`;
  const portfolioName = `Journey portfolio ${suffix}`;
  const admin = await browser.newPage();

  await test.step("admin creates a portfolio and grants it to the Dev group", async () => {
    await signIn(admin, DEMO.admin);
    await admin.goto("/admin/portfolios/new");
    await admin.getByLabel("Name").fill(portfolioName);
    await admin.getByRole("button", { name: "Create portfolio" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: portfolioName })).toBeVisible();
    await expect(admin.getByText("Nobody has access yet.")).toBeVisible();
    await admin.getByRole("combobox", { name: "Group" }).selectOption({ label: "Dev (2 members)" });
    await admin.getByRole("button", { name: "Grant access" }).click();
    await expect(
      admin.getByRole("list", { name: "Access grants" }).locator('[data-grant="Dev"]'),
    ).toBeVisible();
  });

  await test.step("admin uploads the template and sees its findings and form preview", async () => {
    await admin.goto("/admin/products/new");
    await uploadTemplate(admin, { name: "journey-queue.yaml", source: journeyTemplate(name) });
    await expect(admin.getByRole("status").filter({ hasText: "Ready to publish" })).toBeVisible();
    const findings = admin.getByRole("list", { name: "Validation findings" });
    const unused = findings.getByRole("listitem").filter({ hasText: "InstanceType" });
    await expect(unused).toHaveAttribute("data-severity", "warning");
    await expect(unused).toContainText(/\d+:\d+/);
    const preview = admin.getByTestId("order-form-preview");
    await expect(preview.getByLabel("Application name")).toBeVisible();
    await expect(preview.getByLabel("Retention days")).toHaveValue("4");
    await expect(preview.getByLabel("Instance type")).toBeVisible();
  });

  let slug = "";
  await test.step("admin publishes it to the new portfolio", async () => {
    await admin.getByLabel("Name", { exact: true }).fill(name);
    slug = await admin.getByLabel("Slug").inputValue();
    expect(slug).toMatch(/^journey-queue-[a-z0-9-]+$/);
    await admin.getByLabel("Description").fill("A queue for the end-to-end journey");
    await admin.getByRole("checkbox", { name: portfolioName }).check();
    await admin.getByLabel("Version label").fill("1.0.0");
    await admin.getByLabel("Release notes").fill("First version");
    await admin.getByRole("button", { name: "Publish product" }).click();
    await expect(admin).toHaveURL(/\/admin\/products\/[^/?]+\?published=1$/);
    await expect(admin.getByRole("alert").filter({ hasText: "Published" })).toBeVisible();
    const version = admin.getByRole("list", { name: "Versions" }).getByRole("listitem").first();
    await expect(version).toContainText("1.0.0");
    await expect(version).toContainText("Active");
  });

  await test.step("the portfolio lists the product and its grant to Dev", async () => {
    await admin.getByRole("link", { name: portfolioName }).click();
    await expect(admin.getByRole("heading", { level: 1, name: portfolioName })).toBeVisible();
    await expect(
      admin.getByRole("list", { name: "Access grants" }).locator('[data-grant="Dev"]'),
    ).toBeVisible();
    await expect(admin.locator(`[data-product="${slug}"]`)).toBeVisible();
  });
  await admin.close();

  const dev = await browser.newPage();
  await test.step("a Dev requester finds it by search", async () => {
    await signIn(dev, DEMO.dev);
    await dev.goto("/catalog");
    await dev.getByRole("searchbox", { name: "Search products" }).fill(name);
    await dev.getByRole("searchbox", { name: "Search products" }).press("Enter");
    await dev.getByRole("link", { name }).first().click();
    await expect(dev.getByRole("heading", { level: 1, name })).toBeVisible();
    await dev
      .getByRole("link", { name: /^Order/ })
      .first()
      .click();
    await expect(dev).toHaveURL(new RegExp(`/catalog/${slug}/order`));
  });

  await test.step("invalid values get field errors; fixed values preview, save and submit", async () => {
    const appName = dev.getByLabel("Application name");
    const retention = dev.getByLabel("Retention days");
    await dev.getByLabel("Stack name").fill(stackName);
    await appName.fill("Not Valid!");
    await retention.fill("99");
    await dev.getByRole("button", { name: "Submit" }).click();
    await expect(appName).toHaveAttribute("aria-invalid", "true");
    await expect(retention).toHaveAttribute("aria-invalid", "true");
    await expect(dev).toHaveURL(/\/order/);

    await appName.fill("journey-app");
    await retention.fill("7");
    await expect(appName).not.toHaveAttribute("aria-invalid", "true");
    await expect(retention).not.toHaveAttribute("aria-invalid", "true");
    await dev.getByRole("button", { name: "Preview" }).click();
    await expect(dev.getByText("Ready to submit: the values pass every check.")).toBeVisible();
    const rendered = dev.locator("#order-preview");
    await expect(rendered.getByRole("heading", { name: "Rendered template" })).toBeVisible();
    await expect(rendered).toContainText("Default: journey-app");

    await dev.getByRole("button", { name: "Save draft" }).click();
    await expect(dev.getByText(/Draft saved at/)).toBeVisible();
    await dev.getByRole("button", { name: "Submit" }).click();
    await expect(dev).toHaveURL(/\/requests\/[^/]+$/);
  });

  await test.step("the request is in My requests", async () => {
    await dev.goto("/requests");
    const row = dev.getByRole("row").filter({ hasText: stackName });
    await expect(row).toContainText(name);
  });
  await dev.close();

  const prod = await browser.newPage();
  await test.step("a Prod requester cannot find it, not even by its URL", async () => {
    await signIn(prod, DEMO.prod);
    await prod.goto(`/catalog?q=${encodeURIComponent(name)}`);
    await expect(prod.getByRole("searchbox", { name: "Search products" })).toHaveValue(name);
    await expect(prod.getByRole("link", { name })).toHaveCount(0);
    const response = await prod.goto(`/catalog/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(prod.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(prod.getByText(name)).toHaveCount(0);
  });
  await prod.close();
});

test("an admin uploads a public CloudFormation template and sees its order form", async ({ page }) => {
  test.skip(
    !hasFixtures,
    `no shared CloudFormation fixtures at ${FIXTURES_DIR} (set STACKVEND_FIXTURES_DIR)`,
  );
  const file = "EC2__EC2InstanceWithSecurityGroupSample.yaml";
  await signIn(page, DEMO.admin);
  await page.goto("/admin/products/new");
  await uploadTemplate(page, { name: file, source: readFileSync(path.join(FIXTURES_DIR, file), "utf8") });
  await expect(page.getByRole("status").filter({ hasText: "Ready to publish" })).toBeVisible();
  const preview = page.getByTestId("order-form-preview");
  await expect(preview.getByLabel(/KeyName/)).toBeVisible();
  await expect(preview.getByLabel(/InstanceType/)).toBeVisible();
  await page.getByRole("tab", { name: "Resources" }).click();
  await expect(page.getByRole("tabpanel", { name: "Resources" })).toContainText(/EC2/);
});
