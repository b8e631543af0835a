import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { handleTrpcRequest } from "../src/http/trpc-handler.ts";
import { MAX_BATCH_CALLS, MAX_REQUEST_BODY_BYTES } from "../src/http/limits.ts";
import { createRateLimiters } from "../src/services/limits/rate-limits.ts";
import { useHttpServer } from "../src/testing/http-server.ts";
import { ADMIN, DEV, DEV2, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

// Small limits so a test reaches them quickly; one set for the whole file, as one server process has.
const rateLimits = createRateLimiters({ preview: 3, publish: 2, search: 4 });
const { url, port } = useHttpServer((req) => handleTrpcRequest({ req, db: db().prisma, rateLimits }));

async function token(email: string, scopes: ("read" | "order" | "decide" | "admin")[]) {
  return (await (await as(email)).tokens.create({ name: unique("http"), scopes })).token;
}

interface TErrorBody {
  error: { json: { message: string; data: { code: string; httpStatus: number; appCode?: string } } };
}

function post(path: string, body: string, bearer?: string) {
  return fetch(url(`/api/trpc/${path}`), {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body,
  });
}

describe("batch size", () => {
  it(`runs a batch of ${MAX_BATCH_CALLS} calls`, async () => {
    const paths = Array.from({ length: MAX_BATCH_CALLS }, () => "system.ping").join(",");
    const response = await fetch(url(`/api/trpc/${paths}?batch=1&input={}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toHaveLength(MAX_BATCH_CALLS);
  });

  it("refuses a larger batch with 400 before any call runs, saying the limit", async () => {
    const paths = Array.from({ length: 300 }, () => "orders.preview").join(",");
    const started = performance.now();
    const response = await post(`${paths}?batch=1`, "{}", await token(DEV, ["order"]));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(response.status).toBe(400);
    const body = (await response.json()) as TErrorBody[];
    expect(body).toHaveLength(300);
    expect(body[0]!.error.json).toMatchObject({
      message: `A request may batch at most ${MAX_BATCH_CALLS} calls; this one has 300`,
      data: { code: "BAD_REQUEST", httpStatus: 400, appCode: "TOO_MANY_CALLS" },
    });
  });
});

describe("request body size", () => {
  it("reads a body just under the limit (and validates it as usual)", async () => {
    const filler = "x".repeat(MAX_REQUEST_BODY_BYTES - 100);
    const response = await post(
      "orders.saveDraft",
      JSON.stringify({ json: { filler } }),
      await token(DEV, ["order"]),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as TErrorBody).error.json.data.code).toBe("BAD_REQUEST");
  });

  it("takes the largest legitimate body, a 1 MB template", async () => {
    const head = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
    const source = head + "# padding\n".repeat(Math.floor((1_000_000 - head.length) / 10));
    const response = await post(
      "products.previewTemplate",
      JSON.stringify({ json: { source } }),
      await token(ADMIN, ["admin"]),
    );
    expect(response.status).toBe(200);
  });

  it("answers 413 with a JSON error when the body grows past the limit", async () => {
    const dev = await token(DEV, ["order"]);
    // A connection of its own, dropped once answered: the unread rest of the body can never reach the
    // request of a later test that a pooled fetch would send on the same connection.
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      let answered = false;
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: port(),
          method: "POST",
          path: "/api/trpc/orders.saveDraft",
          agent: false,
          headers: { "content-type": "application/json", authorization: `Bearer ${dev}` },
        },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            resolve({
              status: res.statusCode ?? 0,
              type: res.headers["content-type"] ?? "",
              body: Buffer.concat(chunks).toString("utf8"),
            });
            req.destroy();
          });
        },
      );
      req.on("error", (error) => !answered && reject(error));
      // No Content-Length: the body streams (chunked), so only counting while reading can stop it.
      const chunk = "x".repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (!answered && sent <= 4 * MAX_REQUEST_BODY_BYTES) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once("drain", pump);
            return;
          }
        }
        if (!answered) req.end();
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(answer.type).toMatch(/application\/json/);
    expect((JSON.parse(answer.body) as TErrorBody).error.json).toMatchObject({
      message: `The request body is larger than 2 MB (${MAX_REQUEST_BODY_BYTES} bytes)`,
      data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, appCode: "PAYLOAD_TOO_LARGE" },
    });
  });

  it("answers 413 from a declared Content-Length without waiting for the body", async () => {
    const dev = await token(DEV, ["order"]);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: port(),
          method: "POST",
          path: "/api/trpc/orders.saveDraft",
          headers: {
            "content-type": "application/json",
            "content-length": String(100 * 1024 * 1024),
            authorization: `Bearer ${dev}`,
          },
        },
        (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on("error", reject);
      // A few bytes of the promised 100 MB, and the connection stays open.
      req.write('{"json":"');
    });
    expect(status).toBe(413);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After once a user's previews run out, and not for another user", async () => {
    const portfolioId = (await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } }))
      .id;
    const version = await db().prisma.productVersion.findFirstOrThrow({
      where: { product: { slug: "ec2-web-server" }, status: "ACTIVE" },
    });
    const order = JSON.stringify({
      json: {
        portfolioId,
        productVersionId: version.id,
        stackName: "web",
        values: { KeyName: "k", InstanceType: "t3.small" },
      },
    });
    const dev = await token(DEV, ["order"]);
    for (let i = 0; i < 3; i++) expect((await post("orders.preview", order, dev)).status).toBe(200);
    const limited = await post("orders.preview", order, dev);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as TErrorBody).error.json).toMatchObject({
      message: expect.stringMatching(/^Too many previews: at most 3 a minute; try again in \d+ s$/),
      data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, appCode: "RATE_LIMITED" },
    });
    expect((await post("orders.preview", order, await token(DEV2, ["order"]))).status).toBe(200);
  });

  it("limits catalog searches per user", async () => {
    const dev = await token(DEV, ["read"]);
    const search = () =>
      fetch(url(`/api/trpc/catalog.search?input=${encodeURIComponent('{"json":{"query":"web"}}')}`), {
        headers: { authorization: `Bearer ${dev}` },
      });
    for (let i = 0; i < 4; i++) expect((await search()).status).toBe(200);
    const limited = await search();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("limits publishing per user", async () => {
    const admin = await token(ADMIN, ["admin"]);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const slug = unique("limited");
      const input = {
        slug,
        name: slug,
        portfolioIds: [],
        version: { label: "1.0.0", source: "Resources: {}" },
      };
      statuses.push((await post("products.create", JSON.stringify({ json: input }), admin)).status);
    }
    expect(statuses.slice(2)).toEqual([429]);
    expect(statuses.slice(0, 2)).not.toContain(429);
  });
});
