import type { Page } from "@playwright/test";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

/** Every Content-Security-Policy complaint the browser logs on the page. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

/** The Korean choice in the language menu, which only opens when the page's scripts run. */
function languageChoice(page: Page) {
  return page
    .getByRole("menuitemradio", { name: "한국어" })
    .or(page.getByRole("menuitem", { name: "한국어" }));
}

test("pages carry a nonce-based policy and no-store; the app works under it", async ({ page }) => {
  const violations = cspViolations(page);
  const response = await page.goto("/sign-in");
  const policy = response?.headers()["content-security-policy"] ?? "";
  const scripts = policy.split(";").find((part) => part.trim().startsWith("script-src")) ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(response?.headers()["cache-control"]).toBe("no-store");
  // Signing in, the navigation and the language menu all need the app's own scripts to run.
  await signIn(page, DEMO.dev);
  await page.goto("/catalog");
  await page.getByRole("button", { name: "Language" }).click();
  await expect(languageChoice(page)).toBeVisible();
  await page.keyboard.press("Escape");
  const again = await page.goto("/catalog");
  expect(again?.headers()["content-security-policy"]).not.toBe(policy);
  expect(again?.headers()["cache-control"]).toBe("no-store");
  expect(violations).toEqual([]);
});

test("an injected inline script and inline handler are blocked", async ({ page }) => {
  const violations = cspViolations(page);
  // As if the server had rendered an attacker's markup: an inline script without the nonce.
  await page.route("**/sign-in", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      "<script>window.injectedScript = true</script></body>",
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto("/sign-in");
  const ran = await page.evaluate(async () => {
    const flags = window as unknown as { injectedScript?: boolean; injectedHandler?: boolean };
    const holder = document.createElement("div");
    holder.innerHTML =
      '<img alt="" src="data:," onerror="window.injectedHandler = true" onload="window.injectedHandler = true">';
    document.body.appendChild(holder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { script: flags.injectedScript ?? false, handler: flags.injectedHandler ?? false };
  });
  expect(ran).toEqual({ script: false, handler: false });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  // The page's own scripts, which carry the nonce, still run: the language menu opens.
  await page.getByRole("button", { name: "Language" }).click();
  await expect(languageChoice(page)).toBeVisible();
});

test("admin pages answer 403 to a signed-in requester and send anonymous visitors to sign in", async ({
  page,
  request,
}) => {
  const anonymous = await request.get("/admin/users", { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(anonymous.status());
  expect(anonymous.headers()["location"]).toMatch(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers/);
  await signIn(page, DEMO.dev);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: /access/i })).toBeVisible();
});

test("state-changing API calls need this site's Origin, or a bearer token without one", async ({
  page,
  request,
  baseURL,
}) => {
  const body = { data: { json: { name: "x", scopes: ["read"] } } };
  const foreign = await request.post("/api/trpc/tokens.create", {
    ...body,
    headers: { origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  expect((await request.post("/api/trpc/tokens.create", body)).status()).toBe(403);
  const withToken = await request.post("/api/trpc/tokens.create", {
    ...body,
    headers: { authorization: "Bearer svk_not-a-real-token" },
  });
  expect(withToken.status()).toBe(401);
  const sameSite = await request.post("/api/trpc/tokens.create", { ...body, headers: { origin: baseURL! } });
  expect(sameSite.status()).toBe(401);
  expect(sameSite.headers()["cache-control"]).toBe("no-store");
  // The portal's own client, in the browser, sends its Origin and is served.
  await signIn(page, DEMO.dev);
  const status = await page.evaluate(async () => {
    const response = await fetch("/api/trpc/tokens.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { name: "from the page", scopes: ["read"] } }),
    });
    return response.status;
  });
  expect(status).toBe(200);
});
