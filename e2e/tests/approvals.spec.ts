import type { Page } from "@playwright/test";
import { orderAndSubmit, publishWithPolicy, type TJourneyProduct } from "./approvals-setup.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

const APPROVER2 = "approver2@stackvend.local";

/** Opens the approver's queue filtered to the journey's product and the request in it. */
async function openFromQueue(page: Page, product: TJourneyProduct, number: string) {
  await page.goto("/approvals");
  await page.getByLabel("Product").selectOption({ label: product.name });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`product=${product.productId}`));
  await page.getByRole("link", { name: `Review request #${number}: ${product.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `#${number} · ${product.name}` })).toBeVisible();
}

/** After a decision the approver lands on the queue again, told what was recorded, with nothing left here. */
async function expectBackOnEmptyQueue(page: Page, product: TJourneyProduct, message: string) {
  await expect(page).toHaveURL(new RegExp(`/approvals\\?.*product=${product.productId}`));
  await expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();
  await expect(page.getByText("Nothing waiting matches this filter")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Approvals" })).toBeFocused();
}

test("a requester submits, an approver finds it in the queue and approves, the requester sees Approved", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const product = await publishWithPolicy(browser, testInfo, [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
  ]);
  const { dev, requestUrl, number } = await orderAndSubmit(browser, product, {
    appName: "orders-queue",
    token: "tok-never-shown-1",
  });
  await expect(
    dev.getByRole("heading", { level: 2, name: /Stage 1 of 1: waiting for 1 more approval from Approvers/ }),
  ).toBeVisible();
  await expect(dev.getByTestId("rendered-digest")).toHaveText(/^[0-9a-f]{64}$/);
  const digest = await dev.getByTestId("rendered-digest").innerText();

  const approver = await browser.newPage();
  await signIn(approver, DEMO.approver);
  await test.step("the queue shows it, oldest first, with its stage and requester", async () => {
    await expect(
      approver.getByRole("navigation", { name: "Main" }).locator("[data-nav-badge]"),
    ).toBeVisible();
    await openFromQueue(approver, product, number);
  });
  await test.step("the approver sees exactly what will be deployed, never the secret", async () => {
    await expect(approver.getByTestId("rendered-digest")).toHaveText(digest);
    const source = approver.getByLabel("Template source", { exact: true });
    await expect(source).toContainText("Default: orders-queue");
    await expect(source).toContainText(`REQ-${number}`);
    await expect(approver.locator("body")).not.toContainText("tok-never-shown-1");
    await expect(approver.locator('[data-secret="ApiToken"]')).toContainText("Supplied at deploy time");
    await expect(approver.getByTestId("justification")).toHaveText(
      "Orders need a queue for the nightly batch",
    );
    await expect(approver.getByRole("region", { name: "Validation findings" })).toBeVisible();
    await expect(approver.getByRole("img", { name: /^Diagram: 1 resource, / })).toBeVisible();
    await expect(approver.getByTestId("cost-estimate")).toBeVisible();
    const stage = approver.getByRole("list", { name: "Approval stages" }).locator('[data-stage="1"]');
    await expect(stage).toHaveAttribute("data-state", "current");
    await expect(stage).toContainText("1 more approval needed");
  });
  await test.step("approving returns to the queue, now empty for this product", async () => {
    await approver.getByRole("button", { name: "Approve", exact: true }).click();
    await expectBackOnEmptyQueue(approver, product, `Request #${number} approved.`);
  });
  await approver.close();

  await test.step("the requester sees Approved, with who approved it", async () => {
    await dev.goto(requestUrl);
    await expect(dev.locator('[data-standing="APPROVED"]')).toContainText("Final approval by Alex Approver");
    await expect(dev.getByRole("list", { name: "History of the request" })).toContainText(
      "Alex Approver approved",
    );
    await dev.goto("/requests");
    await expect(dev.getByRole("row").filter({ hasText: product.stackName })).toContainText("Approved");
  });
  await dev.close();
});

test("a rejection needs a comment, and the requester reads it", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const product = await publishWithPolicy(browser, testInfo, [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
  ]);
  const { dev, requestUrl, number } = await orderAndSubmit(browser, product, {
    appName: "reports-queue",
    token: "tok-never-shown-2",
  });
  const approver = await browser.newPage();
  await signIn(approver, DEMO.approver);
  await openFromQueue(approver, product, number);
  await test.step("without a comment the server's field error shows beside the box", async () => {
    await approver.getByRole("button", { name: "Reject" }).click();
    const comment = approver.getByLabel("Comment");
    await expect(comment).toHaveAttribute("aria-invalid", "true");
    await expect(approver.getByText("Comment is required to reject or to request changes")).toBeVisible();
    await expect(comment).toBeFocused();
  });
  await test.step("with a comment the rejection is recorded", async () => {
    await approver.getByLabel("Comment").fill("Use the shared reports queue instead");
    await approver.getByRole("button", { name: "Reject" }).click();
    const confirm = approver.getByRole("alertdialog", { name: `Reject request #${number}?` });
    await expect(confirm).toContainText("Use the shared reports queue instead");
    await confirm.getByRole("button", { name: "Reject request" }).click();
    await expectBackOnEmptyQueue(approver, product, `Request #${number} rejected.`);
  });
  await approver.close();

  await dev.goto(requestUrl);
  await expect(dev.locator('[data-standing="REJECTED"]')).toContainText("Rejected by Alex Approver");
  await expect(dev.getByTestId("decision-comment")).toContainText("Use the shared reports queue instead");
  await expect(dev.getByRole("button", { name: "Cancel request" })).toHaveCount(0);
  await dev.close();
});

test("changes requested: the requester edits and resubmits, then it is approved", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const product = await publishWithPolicy(browser, testInfo, [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
  ]);
  const { dev, requestUrl, number } = await orderAndSubmit(browser, product, {
    appName: "batch-queue",
    token: "tok-never-shown-3",
  });
  const firstDigest = await dev.getByTestId("rendered-digest").innerText();
  // An approver opens the first version and keeps the page open while it is sent back and resubmitted.
  const approver = await browser.newPage();
  await signIn(approver, DEMO.approver);
  await openFromQueue(approver, product, number);

  const reviewer = await browser.newPage();
  await signIn(reviewer, APPROVER2);
  await openFromQueue(reviewer, product, number);
  await reviewer.getByLabel("Comment").fill("Name the app nightly-batch, as the runbook does");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expectBackOnEmptyQueue(reviewer, product, `Changes requested on request #${number}.`);
  await reviewer.close();

  await test.step("the requester sees the comment and edits with the stored values, the secret empty again", async () => {
    await dev.goto(requestUrl);
    const standing = dev.locator('[data-standing="CHANGES_REQUESTED"]');
    await expect(standing).toContainText("Bora Kim asked for changes");
    await expect(dev.getByTestId("decision-comment")).toContainText("Name the app nightly-batch");
    await expect(dev.getByRole("button", { name: "Cancel request" })).toBeVisible();
    await standing.getByRole("link", { name: "Edit and resubmit" }).click();
    await expect(dev).toHaveURL(/\/requests\/[^/]+\/edit$/);
    await expect(
      dev.getByRole("heading", { level: 1, name: `Edit and resubmit request #${number}` }),
    ).toBeVisible();
    await expect(dev.getByLabel("Stack name")).toHaveValue(product.stackName);
    await expect(dev.getByLabel("Application name")).toHaveValue("batch-queue");
    await expect(dev.getByLabel("API token")).toHaveValue("");
    await dev.getByLabel("Application name").fill("nightly-batch");
    await dev.getByLabel("API token").fill("tok-never-shown-3b");
    await dev.getByRole("button", { name: "Submit" }).click();
    await expect(dev).toHaveURL(requestUrl);
    await expect(dev.locator('[data-standing="SUBMITTED"]')).toContainText("Stage 1 of 1");
    await expect(dev.getByTestId("rendered-digest")).not.toHaveText(firstDigest);
    const history = dev.getByRole("list", { name: "History of the request" });
    await expect(history.locator('[data-action="request.request-changes"]')).toContainText(
      "Superseded by a resubmission",
    );
    await expect(history).toContainText("Dana Developer resubmitted with changes");
  });

  await test.step("a decision on the page opened before the resubmission is refused as stale", async () => {
    await approver.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(approver.getByRole("alert").filter({ hasText: "This request changed" })).toBeVisible();
    await approver.getByRole("button", { name: "Reload" }).click();
    await expect(approver.getByLabel("Template source", { exact: true })).toContainText(
      "Default: nightly-batch",
    );
    await expect(approver.getByRole("alert").filter({ hasText: "This request changed" })).toHaveCount(0);
  });
  await approver.getByRole("button", { name: "Approve", exact: true }).click();
  await expectBackOnEmptyQueue(approver, product, `Request #${number} approved.`);
  await approver.close();

  await dev.reload();
  await expect(dev.locator('[data-standing="APPROVED"]')).toBeVisible();
  await dev.close();
});

test("two stages decided by two people; the first approver cannot decide the second stage", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const product = await publishWithPolicy(browser, testInfo, [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
    { name: "Platform sign-off", approverGroup: "Admins", required: 1 },
  ]);
  const { dev, requestUrl, number } = await orderAndSubmit(browser, product, {
    appName: "ledger-queue",
    token: "tok-never-shown-4",
  });
  await expect(dev.locator('[data-standing="SUBMITTED"]')).toContainText(
    "Stage 1 of 2: waiting for 1 more approval from Approvers",
  );

  const approver = await browser.newPage();
  await signIn(approver, DEMO.approver);
  await openFromQueue(approver, product, number);
  const reviewUrl = approver.url();
  await approver.getByRole("button", { name: "Approve", exact: true }).click();
  await expectBackOnEmptyQueue(approver, product, `Request #${number} approved.`);

  await test.step("the first approver may read the request but not decide its second stage", async () => {
    await approver.goto(reviewUrl);
    await expect(approver.getByTestId("cannot-decide")).toContainText(
      "You have decided this request already",
    );
    await expect(approver.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
    const stages = approver.getByRole("list", { name: "Approval stages" });
    await expect(stages.locator('[data-stage="1"]')).toHaveAttribute("data-state", "done");
    await expect(stages.locator('[data-stage="1"]')).toContainText("Approved by Alex Approver");
    await expect(stages.locator('[data-stage="2"]')).toHaveAttribute("data-state", "current");
  });
  await approver.close();

  await test.step("another approver outside the second stage's group cannot open it", async () => {
    const other = await browser.newPage();
    await signIn(other, APPROVER2);
    const response = await other.goto(reviewUrl);
    expect(response?.status()).toBe(404);
    await other.close();
  });

  await dev.reload();
  await expect(dev.locator('[data-standing="SUBMITTED"]')).toContainText(
    "Stage 2 of 2: waiting for 1 more approval from Admins",
  );

  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  await openFromQueue(admin, product, number);
  await admin.getByRole("button", { name: "Approve", exact: true }).click();
  await expectBackOnEmptyQueue(admin, product, `Request #${number} approved.`);
  await admin.close();

  await dev.goto(requestUrl);
  await expect(dev.locator('[data-standing="APPROVED"]')).toContainText("Final approval by Ada Admin");
  const stages = dev.getByRole("list", { name: "Approval stages" });
  await expect(stages.locator('[data-stage="1"]')).toContainText("Approved by Alex Approver");
  await expect(stages.locator('[data-stage="2"]')).toContainText("Approved by Ada Admin");
  await dev.close();
});

test("an auto-approved request says so, with the condition that approved it", async ({
  browser,
}, testInfo) => {
  const product = await publishWithPolicy(
    browser,
    testInfo,
    [{ name: "Team review", approverGroup: "Approvers", required: 1 }],
    { autoApprove: { kinds: ["PROVISION"] } },
  );
  const { dev } = await orderAndSubmit(browser, product, { appName: "scratch-queue", token: "tok-5" });
  const standing = dev.locator('[data-standing="APPROVED"]');
  await expect(standing).toContainText("Approved automatically");
  await expect(standing).toContainText("The approval policy's conditions held: kind is PROVISION.");
  await expect(dev.getByRole("list", { name: "History of the request" })).toContainText(
    "Approved automatically",
  );
  await dev.close();
});
