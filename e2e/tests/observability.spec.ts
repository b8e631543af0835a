import { DEMO, expect, signIn, test } from "./fixtures.ts";

/** Set for the e2e server in e2e/serve.ts. */
const METRICS_TOKEN = "e2e-metrics-token-0123456789";

test("every response carries a request id, and a missing page shows it to quote", async ({ page }) => {
  await signIn(page, DEMO.dev);
  const response = await page.goto("/requests/no-such-request-anywhere");
  expect(response?.status()).toBe(404);
  const id = response?.headers()["x-request-id"];
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByText(`Request ID: ${id}`)).toBeVisible();
});

test("/api/metrics answers a scraper with the token, in Prometheus text, and nobody else", async ({
  request,
}) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  expect(
    (
      await request.get("/api/metrics", { headers: { authorization: "Bearer wrong-token-0123456789" } })
    ).status(),
  ).toBe(401);
  await request.get("/sign-in");
  const response = await request.get("/api/metrics", {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text).toMatch(/stackvend_http_requests_total\{method="GET",route="\/sign-in",status="200"\} \d+/);
  expect(text).toMatch(
    /stackvend_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/sign-in"/,
  );
  expect(text).toMatch(/stackvend_db_query_duration_seconds_count [1-9]\d*/);
  expect(text).toContain("# TYPE stackvend_jobs gauge");
  expect(text).toContain("stackvend_process_resident_memory_bytes");
});
