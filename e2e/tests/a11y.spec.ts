import { checkA11y, DEMO, expect, signIn, test } from "./fixtures.ts";

// The portal has one light colour scheme; a browser that prefers dark still gets it, and cleanly.
test.describe("with a dark colour preference", () => {
  test.use({ colorScheme: "dark" });

  test("pages keep the light scheme and pass axe", async ({ page }) => {
    await signIn(page, DEMO.dev);
    for (const path of ["/", "/catalog", "/requests"]) {
      await page.goto(path);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toMatch(/rgb\(\s*[0-5]?\d,\s*[0-5]?\d,\s*[0-5]?\d\s*\)/);
      await checkA11y(page);
    }
  });
});

test("the page language follows the chosen language, and the diagram and cost table are described", async ({
  page,
}) => {
  await signIn(page, DEMO.dev);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/catalog/ec2-web-server");
  await expect(page.getByRole("img", { name: /^Diagram: \d+ resources?, \d+ references?$/ })).toBeVisible();
  const costTable = page.getByTestId("cost-estimate").getByRole("table");
  await expect(costTable.locator("th[scope=col]")).toHaveCount(3);

  await page.getByRole("button", { name: "Language: English" }).click();
  await checkA11y(page, "language menu open");
  await page.getByRole("menuitemradio", { name: "한국어" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("img", { name: /^다이어그램: 리소스 \d+개, 참조 \d+개$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^계정 메뉴, / })).toBeVisible();
});
