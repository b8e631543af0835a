import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, test } from "./fixtures.ts";

// The zero-configuration mode: no DATABASE_URL, an embedded database in a folder.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
// Its own ports, next to the main run's: E2E_EMBEDDED_PORT and the one after it.
const PORT = Number(process.env.E2E_EMBEDDED_PORT ?? "3290");
const BASE = `http://localhost:${PORT}`;

interface TServer {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(dataDir: string, port = PORT): TServer {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STACKVEND_DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  delete env.STACKVEND_SEED;
  delete env.AUTH_SECRET;
  env.STACKVEND_BASE_URL = `http://localhost:${port}`;
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: path.join(root, "apps", "web"),
    env,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

async function waitForHealth(request: APIRequestContext): Promise<unknown> {
  for (let i = 0; i < 120; i++) {
    const response = await request.get(`${BASE}/api/health`).catch(() => undefined);
    if (response?.status() === 200) return response.json();
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the embedded server did not become healthy");
}

async function stop(server: TServer): Promise<void> {
  server.process.kill("SIGTERM");
  await server.exited;
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
async function signInApi(request: APIRequestContext, email: string): Promise<void> {
  const { csrfToken } = (await (await request.get(`${BASE}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${BASE}/api/auth/callback/credentials`, {
    headers: { origin: BASE },
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok()).toBe(true);
}

test.describe.configure({ mode: "serial" });

test("starts on an empty folder, is healthy, keeps data across a restart, refuses a second server", async ({
  playwright,
}) => {
  test.setTimeout(180_000);
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "stackvend-embedded-")), "data");
  const request = await playwright.request.newContext();
  let server = startServer(dataDir);
  try {
    expect(await waitForHealth(request)).toEqual({ status: "ok" });
    expect(server.output()).toContain("Demo users");

    await signInApi(request, DEMO.dev);
    const created = await request.post(`${BASE}/api/trpc/tokens.create`, {
      headers: { origin: BASE },
      data: { json: { name: "kept across restarts", scopes: ["read"] } },
    });
    expect(created.status()).toBe(200);
    const { token } = ((await created.json()) as { result: { data: { json: { token: string } } } }).result
      .data.json;
    const detailed = await request.get(`${BASE}/api/health`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await detailed.json()).toMatchObject({ status: "ok", database: { mode: "embedded" } });

    const second = startServer(dataDir, PORT + 1);
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain(`The data folder ${dataDir} is already in use`);

    await stop(server);
    server = startServer(dataDir);
    await waitForHealth(request);
    const list = await request.get(`${BASE}/api/trpc/tokens.list`);
    expect(list.status()).toBe(200);
    expect(JSON.stringify(await list.json())).toContain("kept across restarts");
  } finally {
    await stop(server);
    await request.dispose();
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
});
