import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { handleRestRequest } from "../src/http/rest-handler.ts";
import { processSigningKey } from "../src/services/artifacts/signing-key.ts";
import { APPROVER, DEV, DEV2, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();
const BASE = "http://stackvend.test/api/v1";
const signer = processSigningKey();

type TScope = "read" | "order" | "decide" | "admin";

async function tokenFor(email: string, scopes: TScope[]): Promise<{ id: string; token: string }> {
  return (await as(email)).tokens.create({ name: unique("rest"), scopes, expiresInDays: 30 });
}

/** One REST call as a script makes it: a real Request through the handler the route uses. */
async function call(
  path: string,
  {
    token,
    method = "GET",
    body,
    clientIp,
  }: { token?: string; method?: string; body?: unknown; clientIp?: string } = {},
) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (body !== undefined) headers.set("content-type", "application/json");
  const req = new Request(`${BASE}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handleRestRequest({ req, db: db().prisma, signer, clientIp });
}

async function json(response: Response) {
  // Bodies are read as loosely as a script reads them; the OpenAPI test checks their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (await response.json()) as Record<string, any>;
}

const ORDER = { product: "ec2-web-server", values: { KeyName: "dana-laptop", InstanceType: "t3.small" } };

describe("REST API authorization", () => {
  it("answers 401 without a token, and for a revoked or expired one, in the one error shape", async () => {
    const missing = await call("/requests");
    expect(missing.status).toBe(401);
    expect(await json(missing)).toEqual({ error: { code: "UNAUTHORIZED", message: "Sign in to continue" } });

    const revoked = await tokenFor(DEV, ["read"]);
    await (await as(DEV)).tokens.revoke({ id: revoked.id });
    expect((await call("/requests", { token: revoked.token })).status).toBe(401);

    const expired = await tokenFor(DEV, ["read"]);
    await db().prisma.apiToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const answer = await call("/catalog", { token: expired.token });
    expect(answer.status).toBe(401);
    expect((await json(answer)).error.code).toBe("UNAUTHORIZED");
  });

  it("answers 403 for a token without the scope: a read token ordering, an order token deciding", async () => {
    const reader = await tokenFor(DEV, ["read"]);
    expect((await call("/catalog", { token: reader.token })).status).toBe(200);
    const order = await call("/orders", { token: reader.token, method: "POST", body: ORDER });
    expect(order.status).toBe(403);
    expect(await json(order)).toEqual({
      error: { code: "FORBIDDEN", message: "This API token lacks the order scope" },
    });

    const orderer = await tokenFor(APPROVER, ["read", "order"]);
    const decide = await call("/approvals/x/decision", {
      token: orderer.token,
      method: "POST",
      body: { decision: "APPROVE", digest: "0".repeat(64) },
    });
    expect(decide.status).toBe(403);
    expect((await json(decide)).error.message).toBe("This API token lacks the decide scope");
  });

  it("answers 404 for another owner's request and another portfolio's product", async () => {
    const dev = await tokenFor(DEV, ["read", "order"]);
    const created = await json(
      await call("/orders", {
        token: dev.token,
        method: "POST",
        body: { ...ORDER, stackName: unique("web") },
      }),
    );
    const other = await tokenFor(DEV2, ["read", "order"]);
    const foreign = await call(`/requests/${created.id}`, { token: other.token });
    expect(foreign.status).toBe(404);
    expect((await json(foreign)).error).toEqual({ code: "NOT_FOUND", message: "Request not found" });
    const cancel = await call(`/requests/${created.id}/cancel`, {
      token: other.token,
      method: "POST",
      body: { expectedVersion: created.version },
    });
    expect(cancel.status).toBe(404);
    expect((await call(`/requests/${created.id}/export/bundle.zip`, { token: other.token })).status).toBe(
      404,
    );

    // rds-postgres is only in Production, which Dev is not granted.
    expect((await call("/catalog/rds-postgres", { token: dev.token })).status).toBe(404);
    const order = await call("/orders", {
      token: dev.token,
      method: "POST",
      body: { product: "rds-postgres", values: {} },
    });
    expect(order.status).toBe(404);
    const catalog = await json(await call("/catalog?limit=50", { token: dev.token }));
    expect(catalog.items.map((p: { slug: string }) => p.slug)).not.toContain("rds-postgres");
  });

  it("records when and from where a token was last used", async () => {
    const dev = await tokenFor(DEV, ["read"]);
    expect((await call("/requests", { token: dev.token, clientIp: "203.0.113.7" })).status).toBe(200);
    const row = await db().prisma.apiToken.findUniqueOrThrow({ where: { id: dev.id } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect(row.lastUsedAddress).toBe("203.0.113.7");
    const listed = await (await as(DEV)).tokens.list();
    expect(listed.find((t) => t.id === dev.id)?.lastUsedAddress).toBe("203.0.113.7");
  });
});

describe("REST API ordering, approving and downloading", () => {
  it("orders with the form's checks: a bad value names its field, a draft may be incomplete, submit needs it all", async () => {
    const dev = await tokenFor(DEV, ["read", "order"]);
    const bad = await call("/orders", {
      token: dev.token,
      method: "POST",
      body: {
        ...ORDER,
        stackName: unique("web"),
        values: { ...ORDER.values, InstanceType: "m5.large" },
        submit: true,
      },
    });
    expect(bad.status).toBe(400);
    const error = (await json(bad)).error;
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.field).toBe("values.InstanceType");

    const badInput = await call("/orders", {
      token: dev.token,
      method: "POST",
      body: { ...ORDER, submit: "yes" },
    });
    expect(badInput.status).toBe(400);
    expect((await json(badInput)).error).toMatchObject({ code: "INVALID_INPUT", field: "submit" });
    const textFalse = await call("/orders", {
      token: dev.token,
      method: "POST",
      body: { ...ORDER, submit: "false" },
    });
    expect((await json(textFalse)).error).toMatchObject({ code: "INVALID_INPUT", field: "submit" });

    const draft = await call("/orders", {
      token: dev.token,
      method: "POST",
      body: { product: "ec2-web-server", values: {} },
    });
    expect(draft.status).toBe(200);
    expect(await json(draft)).toMatchObject({ status: "DRAFT", product: { slug: "ec2-web-server" } });

    const incomplete = await call("/orders", {
      token: dev.token,
      method: "POST",
      body: { product: "ec2-web-server", stackName: unique("web"), values: {}, submit: true },
    });
    expect(incomplete.status).toBe(400);
    expect((await json(incomplete)).error.field).toBe("values.KeyName");
  });

  it("submits, approves with the digest (a wrong digest is refused) and downloads the stored artifact", async () => {
    const dev = await tokenFor(DEV, ["read", "order"]);
    const submitted = await json(
      await call("/orders", {
        token: dev.token,
        method: "POST",
        body: { ...ORDER, stackName: unique("web"), submit: true },
      }),
    );
    expect(submitted).toMatchObject({
      status: "SUBMITTED",
      renderedDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await json(await call(`/requests/${submitted.id}`, { token: dev.token }))).status).toBe(
      "SUBMITTED",
    );
    const mine = await json(await call("/requests?limit=5", { token: dev.token }));
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(submitted.id);

    const approver = await tokenFor(APPROVER, ["read", "decide"]);
    const queue = await json(await call("/approvals?limit=100", { token: approver.token }));
    const waiting = queue.items.find((r: { id: string }) => r.id === submitted.id);
    expect(waiting.renderedDigest).toBe(submitted.renderedDigest);

    const stale = await call(`/approvals/${submitted.id}/decision`, {
      token: approver.token,
      method: "POST",
      body: { decision: "APPROVE", digest: "0".repeat(64) },
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.code).toBe("STALE");
    const noComment = await call(`/approvals/${submitted.id}/decision`, {
      token: approver.token,
      method: "POST",
      body: { decision: "REJECT", digest: waiting.renderedDigest },
    });
    expect((await json(noComment)).error).toMatchObject({ code: "INVALID_INPUT", field: "comment" });

    const approved = await call(`/approvals/${submitted.id}/decision`, {
      token: approver.token,
      method: "POST",
      body: { decision: "APPROVE", comment: "ok", digest: waiting.renderedDigest },
    });
    expect(approved.status).toBe(200);
    expect(await json(approved)).toMatchObject({ status: "APPROVED", outcome: { kind: "approved" } });

    const artifact = await db().prisma.artifact.findUniqueOrThrow({ where: { requestId: submitted.id } });
    const template = await call(`/requests/${submitted.id}/export/template.yaml`, { token: dev.token });
    expect(template.status).toBe(200);
    expect(template.headers.get("content-type")).toMatch(/^application\/yaml/);
    expect(await template.text()).toBe(artifact.content);
    const bundle = await call(`/requests/${submitted.id}/export/bundle.zip`, { token: dev.token });
    expect(bundle.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await bundle.arrayBuffer()));
    expect(strFromU8(files["template.yaml"]!)).toBe(artifact.content);
    const missing = await call(`/requests/${submitted.id}/export/nope.txt`, { token: dev.token });
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe("NOT_FOUND");

    // CI marks it deployed with the stack's ARN; a malformed one names the field.
    const current = await json(await call(`/requests/${submitted.id}`, { token: dev.token }));
    const badArn = await call(`/requests/${submitted.id}/deployed`, {
      token: dev.token,
      method: "POST",
      body: { expectedVersion: current.version, stackArn: "not-an-arn" },
    });
    expect(badArn.status).toBe(400);
    expect((await json(badArn)).error).toMatchObject({ code: "INVALID_INPUT", field: "stackArn" });
    const stackArn = `arn:aws:cloudformation:eu-west-1:123456789012:stack/${current.stackName}/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`;
    const deployed = await call(`/requests/${submitted.id}/deployed`, {
      token: dev.token,
      method: "POST",
      body: { expectedVersion: current.version, stackArn },
    });
    expect(deployed.status).toBe(200);
    expect(await json(deployed)).toMatchObject({
      status: "FULFILLED",
      stackArn,
      provisionedProduct: { stackName: current.stackName, status: "ACTIVE" },
    });
    const reader = await tokenFor(DEV, ["read"]);
    const denied = await call(`/requests/${submitted.id}/deployed`, {
      token: reader.token,
      method: "POST",
      body: { expectedVersion: current.version },
    });
    expect(denied.status).toBe(403);
  });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with every operation, and every error points at the one ApiError shape", async () => {
    const response = await call("/openapi.json");
    expect(response.status).toBe(200);
    const document = await json(response);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/approvals",
      "/approvals/{id}/decision",
      "/catalog",
      "/catalog/{slug}",
      "/orders",
      "/requests",
      "/requests/{id}",
      "/requests/{id}/cancel",
      "/requests/{id}/deployed",
      "/requests/{id}/export/{file}",
    ]);
    expect(
      document.paths["/orders"].post.requestBody.content["application/json"].schema.properties,
    ).toHaveProperty("submit");
    const orderBody = document.paths["/orders"].post.requestBody.content["application/json"].schema;
    expect(orderBody.properties.submit).toMatchObject({ type: "boolean", default: false });
    expect(document.components.schemas.ApiError.properties.error.required).toEqual(["code", "message"]);
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      if (name.startsWith("error.")) expect(schema).toEqual({ $ref: "#/components/schemas/ApiError" });
    }
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
      expect(document.components.schemas).toHaveProperty([name]);
    }
  });
});
