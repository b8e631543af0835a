import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { orderAndSubmit, publishWithPolicy } from "./approvals-setup.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

const CLI = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "packages",
  "cfn",
  "bin",
  "stackvend-cfn.cjs",
);

async function downloaded(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return readFileSync((await download.path())!);
}

test("after approval the requester downloads exactly the bytes the approver saw, and the bundle verifies", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const product = await publishWithPolicy(browser, testInfo, [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
  ]);
  const { dev, requestUrl, number } = await orderAndSubmit(browser, product, {
    appName: "export-queue",
    token: "tok-never-exported-1",
  });
  const id = requestUrl.split("/").pop()!;

  const approver = await browser.newPage();
  await signIn(approver, DEMO.approver);
  await approver.goto(`/approvals/${id}`);
  const seenDigest = await approver.getByTestId("rendered-digest").innerText();
  const seenSource = await approver.getByLabel("Template source", { exact: true }).innerText();
  await approver.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(
    approver.getByRole("status").filter({ hasText: `Request #${number} approved.` }),
  ).toBeVisible();
  await test.step("the approver finds the same export on the request they approved", async () => {
    await approver.goto(`/approvals/${id}`);
    const bytes = await downloaded(approver, "export-template.yaml");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(seenDigest);
  });
  await approver.close();

  await dev.goto(requestUrl);
  const panel = dev.getByTestId("export-panel");
  await expect(panel).toBeVisible();
  await test.step("the template downloaded is the approved render, byte for byte", async () => {
    const bytes = await downloaded(dev, "export-template.yaml");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(seenDigest);
    const text = bytes.toString("utf8");
    expect(text).toContain("Default: export-queue");
    expect(text).toContain(`REQ-${number}`);
    for (const line of ["Default: export-queue", `REQ-${number}`]) expect(seenSource).toContain(line);
  });
  await test.step("commands and notes name the secret's variable, never its value", async () => {
    await expect(dev.getByTestId("command-deploy")).toContainText("aws cloudformation deploy");
    await expect(dev.getByTestId("command-create-stack")).toContainText("SV_PARAM_ApiToken");
    await expect(dev.getByTestId("export-secret-note")).toContainText("ApiToken is NoEcho");
    await expect(dev.locator("body")).not.toContainText("tok-never-exported-1");
  });
  await test.step("the bundle verifies offline with the installation's public key", async () => {
    const bundle = testInfo.outputPath("bundle.zip");
    writeFileSync(bundle, await downloaded(dev, "export-bundle"));
    const key = testInfo.outputPath("public.pem");
    const response = await dev.request.get("/api/signing-key");
    expect(response.status()).toBe(200);
    writeFileSync(key, await response.body());
    const run = spawnSync(process.execPath, [CLI, "verify", bundle, "--key", key], { encoding: "utf8" });
    expect(run.stdout).toContain(`${bundle}: verified`);
    expect(run.status).toBe(0);
  });
  await dev.close();

  await test.step("admins see the installation's public key on the audit page", async () => {
    const admin = await browser.newPage();
    await signIn(admin, DEMO.admin);
    await admin.goto("/admin/audit");
    const served = await (await admin.request.get("/api/signing-key")).text();
    await expect(admin.getByTestId("signing-public-key")).toHaveText(served.trim());
    await admin.close();
  });
});
