import type { Locator, Page } from "@playwright/test";
import { approvalTemplate, callProcedure } from "./approvals-setup.ts";
import { uniqueName } from "./catalog-admin.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

interface TPlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * The fonts Chromium really drew an element's text with. This machine has no
 * Hangul system font, so Hangul drawn by anything but the web font is boxes.
 */
async function fontsDrawing(page: Page, element: Locator): Promise<TPlatformFont[]> {
  const marker = `font-probe-${Date.now()}`;
  await element.evaluate((el, id) => el.setAttribute("data-font-probe", id), marker);
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: `[data-font-probe="${marker}"]`,
    });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/** Every glyph of the element's text comes from a web font, the Hangul ones from Pretendard. */
async function expectHangulWebFont(page: Page, element: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const fonts = await fontsDrawing(page, element);
      return {
        pretendard: fonts.some((f) => f.isCustomFont && /Pretendard/i.test(f.familyName) && f.glyphCount > 0),
        system: fonts.filter((f) => !f.isCustomFont).map((f) => f.familyName),
      };
    })
    .toEqual({ pretendard: true, system: [] });
}

test("Korean pages draw their text with the shipped Hangul font", async ({ page, baseURL }) => {
  await signIn(page, DEMO.dev);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ko", url: baseURL! }]);
  await page.goto("/catalog");
  const heading = page.getByRole("heading", { level: 1, name: "카탈로그" });
  await expect(heading).toBeVisible();
  await expectHangulWebFont(page, heading);
  const nav = page.getByRole("navigation", { name: "메인" }).getByRole("link", { name: "내 요청" });
  await expectHangulWebFont(page, nav);
});

test("Hangul someone typed shows with the web font on an English page too", async ({ browser }, testInfo) => {
  const suffix = uniqueName(testInfo, "x").split(" ").pop()!;
  const name = `야간 배치 대기열 ${suffix}`;
  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  const portfolios = await callProcedure<{ items: { id: string; name: string }[] }>(
    admin,
    "portfolios.list",
    {},
    "query",
  );
  const portfolioId = portfolios.items.find((p) => p.name === "Development")!.id;
  await callProcedure(
    admin,
    "products.create",
    {
      slug: `hangul-${suffix}`,
      name,
      description: "한국어 설명이 있는 제품",
      portfolioIds: [portfolioId],
      version: { label: "1.0.0", source: approvalTemplate(name) },
    },
    "mutation",
  );
  await admin.close();

  const dev = await browser.newPage();
  await signIn(dev, DEMO.dev);
  await dev.goto(`/catalog/hangul-${suffix}`);
  const heading = dev.getByRole("heading", { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(dev.locator("html")).toHaveAttribute("lang", "en");
  await expectHangulWebFont(dev, heading);
  await dev.close();
});
