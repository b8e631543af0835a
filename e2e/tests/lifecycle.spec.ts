import type { Page } from "@playwright/test";
import { approvalTemplate, callProcedure, orderAndSubmit, publishWithPolicy } from "./approvals-setup.ts";
import { DEMO, expect, signIn, test } from "./fixtures.ts";

const arnOf = (stackName: string) =>
  `arn:aws:cloudformation:eu-west-1:123456789012:stack/${stackName}/6b1e4c30-9f2a-11ef-8f0e-0a1b2c3d4e5f`;

async function approveAs(page: Page, id: string, number: string) {
  await page.goto(`/approvals/${id}`);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Request #${number} approved.` })).toBeVisible();
}

async function markDeployed(dev: Page, stackArn: string) {
  await dev.getByLabel("Stack ARN (optional)").fill(stackArn);
  await dev.getByRole("button", { name: /^Mark (deployed|terminated)$/ }).click();
  await expect(dev.locator("[data-request-status]")).toHaveAttribute("data-request-status", "FULFILLED");
}

test("a deployed request becomes a product its owner updates, with the replacement shown to both sides, and terminates", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const product = await publishWithPolicy(browser, test.info(), [
    { name: "Team review", approverGroup: "Approvers", required: 1 },
  ]);
  const { dev, requestUrl, number } = await orderAndSubmit(browser, product, {
    appName: "life-queue",
    token: "tok-lifecycle-1",
  });
  const id = requestUrl.split("/").pop()!;
  const approver = await browser.newPage();
  await signIn(approver, DEMO.approver);
  await approveAs(approver, id, number);

  await test.step("the requester marks it deployed; an ARN of another stack is refused, naming the field", async () => {
    await dev.goto(requestUrl);
    await dev.getByLabel("Stack ARN (optional)").fill(arnOf("some-other-stack"));
    await dev.getByRole("button", { name: "Mark deployed" }).click();
    await expect(
      dev.getByRole("alert").filter({ hasText: `deploys the stack ${product.stackName}` }),
    ).toBeVisible();
    await markDeployed(dev, arnOf(product.stackName));
    await dev.getByRole("link", { name: `View ${product.stackName} in My products` }).click();
    await expect(dev.getByRole("heading", { level: 1 })).toHaveText(product.stackName);
    await expect(dev.getByText(arnOf(product.stackName))).toBeVisible();
  });

  await test.step("My products lists it", async () => {
    await dev.goto("/products");
    const row = dev.getByRole("row").filter({ hasText: product.stackName });
    await expect(row).toContainText(product.name);
    await expect(row).toContainText("1.0.0");
    await expect(row).toContainText("Active");
    await row.getByRole("link", { name: product.stackName }).click();
  });

  let updateUrl = "";
  let updateNumber = "";
  await test.step("an update that renames the queue previews as a replacement before it is submitted", async () => {
    await dev.getByRole("button", { name: "Start update" }).click();
    await expect(dev).toHaveURL(/\/requests\/[^/]+\/edit$/);
    await expect(dev.getByLabel("Stack name")).toHaveValue(product.stackName);
    await expect(dev.getByLabel("Stack name")).toHaveAttribute("readonly", "");
    await expect(dev.getByLabel("Application name")).toHaveValue("life-queue");
    await dev.getByLabel("Application name").fill("life-queue-two");
    await dev.getByLabel("API token").fill("tok-lifecycle-1");
    await dev.getByRole("button", { name: "Preview" }).click();
    const replaced = dev.getByTestId("change-replaced");
    await expect(replaced).toContainText("1 resource will be replaced");
    await expect(replaced).toContainText("Queue");
    await expect(replaced).toContainText("QueueName cannot change in place");
    await expect(dev.getByTestId("change-values")).toContainText("life-queue-two");
    await dev.getByRole("textbox", { name: "Justification" }).fill("A clearer queue name");
    await dev.getByRole("button", { name: "Submit" }).click();
    await expect(dev).toHaveURL(/\/requests\/[^/]+$/);
    updateUrl = dev.url();
    updateNumber = /#(\d+)/.exec(await dev.getByRole("heading", { level: 1 }).innerText())![1]!;
    await expect(dev.getByTestId("change-replaced")).toContainText("Queue");
  });

  await test.step("the approver sees the same replacement warning, approves, and the update is deployed", async () => {
    const updateId = updateUrl.split("/").pop()!;
    await approver.goto(`/approvals/${updateId}`);
    await expect(approver.getByTestId("change-replaced")).toContainText("QueueName cannot change in place");
    await approveAs(approver, updateId, updateNumber);
    await dev.goto(updateUrl);
    await markDeployed(dev, arnOf(product.stackName));
    await dev.getByRole("link", { name: `View ${product.stackName} in My products` }).click();
    await expect(dev.getByRole("cell", { name: "life-queue-two" })).toBeVisible();
  });

  await test.step("a catalog admin drafts an update to a new version for it; the owner finds the draft", async () => {
    const admin = await browser.newPage();
    await signIn(admin, DEMO.admin);
    await callProcedure(
      admin,
      "products.addVersion",
      { productId: product.productId, label: "2.0.0", source: approvalTemplate(product.name) },
      "mutation",
    );
    await admin.goto(`/admin/provisioned?product=${product.productId}`);
    const row = admin.getByRole("row").filter({ hasText: product.stackName });
    await expect(row).toContainText("2.0.0 available");
    await admin.getByRole("checkbox", { name: `Select ${product.stackName}` }).check();
    await expect(admin.getByLabel("Update to version")).toHaveValue(/.+/);
    await admin.getByRole("button", { name: "Create update drafts (1)" }).click();
    const results = admin.getByTestId("bulk-results");
    await expect(results).toContainText(`${product.stackName}: draft REQ-`);
    const drafted = /REQ-(\d+)/.exec(await results.innerText())![1]!;
    await admin.close();

    await dev.goto("/requests");
    await dev.getByRole("link", { name: new RegExp(`#${drafted}\\b`) }).click();
    await expect(dev.locator("[data-request-status]")).toHaveAttribute("data-request-status", "DRAFT");
    await expect(dev.getByText("2.0.0").first()).toBeVisible();
    // The owner decides against it for now.
    await dev.getByRole("button", { name: "Cancel request" }).click();
    await dev.getByRole("alertdialog").getByRole("button", { name: "Cancel request" }).click();
    await expect(dev.locator("[data-request-status]")).toHaveAttribute("data-request-status", "CANCELLED");
    await dev.goto(`/products`);
    await dev.getByRole("link", { name: product.stackName }).click();
  });

  await test.step("termination goes through approval and says what is deleted; marking it done ends the product", async () => {
    await dev.getByRole("button", { name: "Terminate" }).click();
    const terminate = dev.getByRole("alertdialog", { name: `Request termination of ${product.stackName}?` });
    await terminate.getByLabel("Reason").fill("The batch moved elsewhere");
    await terminate.getByRole("button", { name: "Request termination" }).click();
    await expect(dev).toHaveURL(/\/requests\/[^/]+$/);
    await expect(dev.locator("[data-request-status]")).toHaveAttribute("data-request-status", "SUBMITTED");
    const terminateId = dev.url().split("/").pop()!;
    const terminateNumber = /#(\d+)/.exec(await dev.getByRole("heading", { level: 1 }).innerText())![1]!;
    await approver.goto(`/approvals/${terminateId}`);
    await expect(approver.getByTestId("change-removed")).toContainText("Queue");
    await approveAs(approver, terminateId, terminateNumber);
    await dev.reload();
    await markDeployed(dev, arnOf(product.stackName));
    await dev.goto("/products");
    await expect(dev.getByRole("row").filter({ hasText: product.stackName })).toContainText("Terminated");
  });
  await approver.close();
  await dev.close();
});
