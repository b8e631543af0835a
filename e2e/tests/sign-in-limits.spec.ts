import { expect, test } from "./fixtures.ts";

test("rotating X-Forwarded-For does not escape the back-off on one account from one address", async ({
  page,
}) => {
  const email = `guesser-${Date.now()}@example.test`;
  await page.goto("/sign-in");
  const refused = page.getByRole("alert").filter({ hasText: "Too many attempts, try again later" });
  const wrong = page.getByRole("alert").filter({ hasText: "Email or password is incorrect" });
  let refusedAt = 0;
  // Five failures are free, then each waits twice as long as the last (1 s, 2 s, 4 s…): well within nine
  // attempts the wait outlasts a round trip, whatever address each attempt claims to come from.
  for (let attempt = 1; attempt <= 9 && !refusedAt; attempt++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${attempt}` });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`guess-${attempt}`);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    await expect(refused.or(wrong)).toBeVisible();
    if (await refused.isVisible()) refusedAt = attempt;
  }
  expect(refusedAt).toBeGreaterThan(5);
});
