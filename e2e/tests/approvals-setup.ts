import type { Browser, Page, TestInfo } from "@playwright/test";
import { uniqueName } from "./catalog-admin.ts";
import { DEMO, expect, signIn } from "./fixtures.ts";

/**
 * The journey's own product: a queue with a free-text name, a bounded number
 * and a NoEcho token, which the approver must never see.
 */
export function approvalTemplate(description: string): string {
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: ${description}
Metadata:
  AWS::CloudFormation::Interface:
    ParameterLabels:
      AppName: { default: Application name }
      RetentionDays: { default: Retention days }
      ApiToken: { default: API token }
Parameters:
  AppName:
    Type: String
    AllowedPattern: "^[a-z][a-z0-9-]{2,20}$"
    ConstraintDescription: lowercase letters, digits and hyphens, 3 to 21 characters
  RetentionDays:
    Type: Number
    MinValue: 1
    MaxValue: 14
    Default: 4
  ApiToken:
    Type: String
    NoEcho: true
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "\${AppName}-queue"
      MessageRetentionPeriod: !Sub "\${RetentionDays}"
      Tags:
        - Key: token
          Value: !Ref ApiToken
`;
}

/** Calls a procedure over HTTP as the page's signed-in user, like the portal's own client. */
export async function callProcedure<T>(
  page: Page,
  path: string,
  input: unknown,
  kind: "query" | "mutation",
): Promise<T> {
  const body = await page.evaluate(
    async ({ path, input, kind }) => {
      const payload = JSON.stringify({ json: input });
      const response =
        kind === "query"
          ? await fetch(`/api/trpc/${path}?input=${encodeURIComponent(payload)}`)
          : await fetch(`/api/trpc/${path}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: payload,
            });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    { path, input, kind },
  );
  expect(body.status, `${path}: ${JSON.stringify(body.json)}`).toBe(200);
  return (body.json as { result: { data: { json: T } } }).result.data.json;
}

export interface TJourneyProduct {
  name: string;
  slug: string;
  productId: string;
  portfolioId: string;
  stackName: string;
}

/**
 * An admin publishes a product of the journey's own into Development (which
 * the Dev group may order from) and sets its approval policy. The policy
 * editor has its own journeys; this one goes through the same procedures.
 */
export async function publishWithPolicy(
  browser: Browser,
  testInfo: TestInfo,
  stages: { name: string; approverGroup?: string; required: number | "ALL" }[],
  extra: { autoApprove?: { kinds?: string[] } } = {},
): Promise<TJourneyProduct> {
  const name = uniqueName(testInfo, "Approval queue");
  const suffix = name.split(" ").pop()!;
  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  const portfolios = await callProcedure<{ items: { id: string; name: string }[] }>(
    admin,
    "portfolios.list",
    {},
    "query",
  );
  const portfolioId = portfolios.items.find((p) => p.name === "Development")!.id;
  const slug = `approval-${suffix}`;
  const product = await callProcedure<{ id: string }>(
    admin,
    "products.create",
    {
      slug,
      name,
      description: "A queue for the approval journeys",
      portfolioIds: [portfolioId],
      version: { label: "1.0.0", source: approvalTemplate(name) },
    },
    "mutation",
  );
  await callProcedure(
    admin,
    "constraints.set",
    { portfolioId, productId: product.id, kind: "APPROVAL_POLICY", definition: { stages, ...extra } },
    "mutation",
  );
  await admin.close();
  return { name, slug, productId: product.id, portfolioId, stackName: `approval-${suffix}` };
}

/** A Dev requester orders the product through the form and submits it; returns the request's page. */
export async function orderAndSubmit(
  browser: Browser,
  product: TJourneyProduct,
  values: { appName: string; token: string },
): Promise<{ dev: Page; requestUrl: string; number: string }> {
  const dev = await browser.newPage();
  await signIn(dev, DEMO.dev);
  await dev.goto(`/catalog/${product.slug}/order?portfolio=${product.portfolioId}`);
  await dev.getByLabel("Stack name").fill(product.stackName);
  await dev.getByLabel("Application name").fill(values.appName);
  await dev.getByLabel("API token").fill(values.token);
  await dev.getByRole("textbox", { name: "Justification" }).fill("Orders need a queue for the nightly batch");
  await dev.getByRole("button", { name: "Submit" }).click();
  await expect(dev).toHaveURL(/\/requests\/[^/]+$/);
  const heading = await dev.getByRole("heading", { level: 1 }).innerText();
  const number = /#(\d+)/.exec(heading)![1]!;
  return { dev, requestUrl: dev.url(), number };
}
