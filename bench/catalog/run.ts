/**
 * Page benchmark: 10,000 products, 50 concurrent signed-in users.
 *
 *   npx tsx bench/catalog/run.ts [--connections 50] [--duration 30] [--warmup 15]
 *                                [--products 10000] [--build] [--out bench/catalog/results.md]
 *
 * Starts a throwaway PostgreSQL cluster, seeds it (bench/catalog/seed.ts),
 * serves the production build of apps/web on 127.0.0.1 (built into
 * apps/web/.next-bench when missing or older than the sources), signs in as
 * the demo users and drives each target with autocannon. Each target is
 * compared with its floor measured in the same run: pages with the signed-in
 * shell (a requester's empty `/requests`), JSON with a static file of the same
 * server. The server's memory is sampled throughout.
 * Writes the results to bench/catalog/results.md. Everything it starts is
 * stopped on exit, on failure, on Ctrl-C and when the overall time limit hits.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, freemem, loadavg, totalmem, type as osType, release } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { format, resolveConfig } from "prettier";
import { DEMO_PASSWORD } from "@stackvend/api/seed";
import { createTestDatabase, freePort, startThrowawayCluster } from "@stackvend/db/testing";
import { seedBenchCatalog, SHELL_USER, type TBenchCatalog } from "./seed.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const web = join(repo, "apps", "web");
const DIST_DIR = ".next-bench";
const { values: args } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "30" },
    warmup: { type: "string", default: "15" },
    products: { type: "string", default: "10000" },
    build: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    out: { type: "string", default: join(here, "results.md") },
  },
});
const CONNECTIONS = Number(args.connections);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const PRODUCTS = Number(args.products);
/** Pages against the shell: p95 at most this many times the shell's, throughput at least this share of it. */
const PAGE_P95_RATIO = 1.5;
const PAGE_RPS_SHARE = 0.67;
/** JSON against the static file: p95 at most this many times. */
const JSON_P95_RATIO = 3;
const RSS_LIMIT_MB = 300;
const EMAIL = "dev@stackvend.local";
const APPROVER = "approver@stackvend.local";
const tmp = join(here, "tmp");
mkdirSync(tmp, { recursive: true });

// ─── Cleanup, whatever happens ─────────────────────────────────────────────

const cleanups: (() => Promise<unknown> | unknown)[] = [];
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error("cleanup:", (error as Error).message);
      }
    }
  })();
  return cleaning;
}
async function abort(reason: string, code = 1): Promise<never> {
  console.error(`\n[bench] ${reason}`);
  await cleanup();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void abort(`${signal}: stopping`, 130));
}
process.on("unhandledRejection", (error) => void abort(`unhandled: ${(error as Error)?.stack ?? error}`));
// Seed + build + each target × (warm-up + measure) + slack; never runs unbounded.
const LIMIT_MS = (20 * 60 + 8 * (WARMUP + DURATION + 30)) * 1000;
setTimeout(() => void abort(`time limit of ${Math.round(LIMIT_MS / 60000)} min reached`), LIMIT_MS).unref();

const log = (msg: string) => console.log(`[bench] ${msg}`);

// ─── Build (only when missing or stale) ────────────────────────────────────

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".next")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** How the served build came about, for the results. */
let buildNote = "";

function ensureBuild(): void {
  const buildId = join(web, DIST_DIR, "BUILD_ID");
  const inputs = [
    join(web, "src"),
    join(web, "messages"),
    join(web, "next.config.ts"),
    join(web, "package.json"),
    join(repo, "package-lock.json"),
    ...["api", "auth", "cfn", "db"].map((p) => join(repo, "packages", p, "src")),
  ];
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const stale = builtAt === 0 || inputs.some((p) => newestMtime(p) > builtAt);
  const builtWhen = () => new Date(statSync(buildId).mtimeMs).toISOString().slice(0, 16).replace("T", " ");
  if (builtAt > 0 && (args["skip-build"] || (!stale && !args.build))) {
    buildNote = `the build of ${builtWhen()} UTC${stale ? " (sources changed since)" : ""}`;
    log(`using ${buildNote} in apps/web/${DIST_DIR}`);
    return;
  }
  log(
    `building apps/web into ${DIST_DIR} (${builtAt === 0 ? "missing" : args.build ? "--build" : "stale"})…`,
  );
  const started = performance.now();
  const result = spawnSync(
    "flock",
    ["/tmp/stackvend-next-build.lock", join(repo, "node_modules", ".bin", "next"), "build"],
    {
      cwd: web,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production" },
      timeout: 15 * 60 * 1000,
    },
  );
  if (result.status !== 0) {
    // The working tree is shared: a half-finished edit elsewhere must not stop the measurement.
    if (builtAt === 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
    buildNote = `the previous build of ${builtWhen()} UTC (a fresh build failed)`;
    log(`next build failed; using ${buildNote}`);
    return;
  }
  buildNote = `a fresh build of ${builtWhen()} UTC`;
  log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// ─── Server ────────────────────────────────────────────────────────────────

async function startServer(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = join(tmp, "server.log");
  const out = createWriteStream(logFile);
  const child = spawn(
    join(repo, "node_modules", ".bin", "next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: web,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        CHECKPOINT_DISABLE: "1",
        NEXT_DIST_DIR: DIST_DIR,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: "bench-secret-that-is-long-enough-to-be-valid-0123456789",
        STACKVEND_BASE_URL: base,
        STACKVEND_SEED: "off",
        // One signed-in requester stands in for 50 people: their per-user search limit would answer 429.
        STACKVEND_RATE_LIMIT_SEARCH: "1000000",
      },
    },
  );
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited = false;
  child.once("exit", () => (exited = true));
  cleanups.push(async () => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise((ok) => child.once("exit", ok));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => !exited && process.kill(-child.pid!, "SIGKILL"), 5000);
    await gone;
    clearTimeout(timer);
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited at start:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`server not healthy after 120 s:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // Not a browser: the Origin a browser would send, or the portal refuses the POST as cross-site.
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed: HTTP ${res.status}`);
  const who = await fetch(`${base}/api/auth/session`, { headers: { cookie: session } });
  const body = (await who.json()) as { user?: { email?: string } };
  if (body.user?.email !== email) throw new Error(`session not accepted: ${JSON.stringify(body)}`);
  return session;
}

// ─── Targets ───────────────────────────────────────────────────────────────

interface TTarget {
  key: string;
  label: string;
  /** What it is compared with: a floor itself has none. */
  floor?: "static" | "shell";
  paths: string[];
  cookie?: string;
  /** Checked on one sequential request per path before the load: proves the page did its work. */
  expect: (path: string, status: number, body: string) => string | undefined;
}

interface TResult {
  target: TTarget;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statementsPerRequest?: number;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** One autocannon run; each connection cycles through the target's paths. Latencies are kept whole. */
function load(base: string, target: TTarget, seconds: number): Promise<Omit<TResult, "target">> {
  return new Promise((ok, fail) => {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 30,
        headers: target.cookie ? { cookie: target.cookie } : {},
        requests: target.paths.map((path) => ({ method: "GET", path })),
      },
      (error, result) => {
        if (error) return fail(error);
        latencies.sort((a, b) => a - b);
        ok({
          requests: latencies.length,
          rps: latencies.length / (result.duration || seconds),
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          max: latencies[latencies.length - 1] ?? NaN,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
}

/** Resident memory of the server's whole process group, in MB (Linux /proc). */
function serverRssMb(pid: number): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state, ppid, pgrp, …
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== pid) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}

async function check(base: string, target: TTarget): Promise<string[]> {
  const problems: string[] = [];
  for (const path of target.paths) {
    const res = await fetch(`${base}${path}`, {
      redirect: "manual",
      headers: target.cookie ? { cookie: target.cookie } : {},
    });
    const problem = target.expect(path, res.status, await res.text());
    if (problem) problems.push(`${path}: ${problem}`);
  }
  return problems;
}

/** Database statements per request, from the server's committed transactions (each Prisma query outside a transaction is one). */
async function statementsPerRequest(
  base: string,
  target: TTarget,
  databaseUrl: string,
  n = 10,
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const commits = async () => {
    // Backends flush their counters when idle, at most every 10 s.
    await new Promise((ok) => setTimeout(ok, 11_000));
    const r = await client.query<{ n: string }>(
      "SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()",
    );
    return Number(r.rows[0]!.n);
  };
  try {
    const before = await commits();
    for (let i = 0; i < n; i++) {
      for (const path of target.paths) {
        await (
          await fetch(`${base}${path}`, { headers: target.cookie ? { cookie: target.cookie } : {} })
        ).text();
      }
    }
    const after = await commits();
    // Minus this client's own query after the first reading.
    return (after - before - 1) / (n * target.paths.length);
  } finally {
    await client.end();
  }
}

// ─── Main ──────────────────────────────────────────────────────────────────

const startedAt = new Date();
const gitHead = spawnSync("git", ["rev-parse", "--short", "HEAD"], {
  cwd: repo,
  encoding: "utf8",
}).stdout.trim();
const dirty = spawnSync("git", ["status", "--porcelain", "--", "apps/web", "packages", "prisma"], {
  cwd: repo,
  encoding: "utf8",
})
  .stdout.split("\n")
  .filter(Boolean).length;

ensureBuild();

log("starting a throwaway PostgreSQL cluster…");
const cluster = await startThrowawayCluster();
cleanups.push(() => cluster.stop());
const database = await createTestDatabase(cluster.url);
cleanups.push(() => database.drop());

log(`seeding ${PRODUCTS} products…`);
const seedStart = performance.now();
const catalog: TBenchCatalog = await seedBenchCatalog(database.prisma, PRODUCTS);
const seedSeconds = (performance.now() - seedStart) / 1000;
log(
  `seeded ${catalog.products} products in ${catalog.portfolios} portfolios in ${seedSeconds.toFixed(1)} s; ` +
    `${catalog.visibleToDev} visible to ${EMAIL} through ${catalog.devPortfolios.length} portfolios`,
);
// Products the requester can open, one per template kind and then some.
const sample = await database.prisma.product.findMany({
  where: {
    archivedAt: null,
    versions: { some: { status: "ACTIVE" } },
    portfolios: { some: { portfolioId: { in: catalog.devPortfolios.map((p) => p.id) } } },
  },
  select: { slug: true, name: true },
  orderBy: { id: "asc" },
});
const productSample = [0, 1, 2, 3, 5, 8, 13, 21].map(
  (i) => sample[Math.floor((i / 21) * (sample.length - 1))]!,
);
const hidden = await database.prisma.product.findFirstOrThrow({
  where: { portfolios: { every: { portfolioId: { notIn: catalog.devPortfolios.map((p) => p.id) } } } },
  select: { slug: true },
});
// Pages of requests: the requester's own, and the approver's queue.
const requestIds = (
  await database.prisma.request.findMany({
    where: { requester: { email: EMAIL } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  })
).map((r) => r.id);
const waiting = await database.prisma.request.count({ where: { status: "SUBMITTED" } });
await database.close();
log("starting the production server…");
const { base, child } = await startServer(database.url);
log(`server up at ${base}; signing in as ${EMAIL}, ${SHELL_USER} and ${APPROVER}`);
const [cookie, shellCookie, approverCookie] = await Promise.all([
  signIn(base, EMAIL),
  signIn(base, SHELL_USER),
  signIn(base, APPROVER),
]);
let peakRssMb = serverRssMb(child.pid!);
const rssTimer = setInterval(() => (peakRssMb = Math.max(peakRssMb, serverRssMb(child.pid!))), 1000);
cleanups.push(() => clearInterval(rssTimer));

const devPortfolio = catalog.devPortfolios.find((p) => p.name === "Development") ?? catalog.devPortfolios[0]!;
const otherPortfolio = catalog.devPortfolios.find((p) => p.id !== devPortfolio.id) ?? devPortfolio;
const searchPaths = [
  "/catalog",
  "/catalog?q=postgres",
  "/catalog?q=bucket",
  `/catalog?q=payments&portfolio=${devPortfolio.id}`,
  "/catalog?q=gpu",
  `/catalog?portfolio=${otherPortfolio.id}`,
  "/catalog?q=kafka%20broker",
  "/catalog?q=no-such-product-anywhere",
];

/** The tRPC GET of `catalog.search`, as the browser's client sends it (superjson input). */
function searchJsonPath(query: string | undefined, portfolioId?: string): string {
  const input = JSON.stringify({ json: { query, portfolioId, limit: 24 } });
  return `/api/trpc/catalog.search?input=${encodeURIComponent(input)}`;
}
const jsonPaths = [
  searchJsonPath(undefined),
  searchJsonPath("postgres"),
  searchJsonPath("bucket"),
  searchJsonPath("payments", devPortfolio.id),
];

const targets: TTarget[] = [
  {
    // The floor of JSON: the cheapest answer the server gives.
    key: "static",
    label: "static: `GET /icon.svg` (prerendered at build)",
    paths: ["/icon.svg"],
    expect: (_p, status, body) => (status === 200 && body.includes("<svg") ? undefined : `HTTP ${status}`),
  },
  {
    // The floor of pages: what any signed-in page pays (session, layout, header, messages) with no data.
    key: "shell",
    label: `signed-in shell: \`/requests\` of a requester with no requests`,
    paths: ["/requests"],
    cookie: shellCookie,
    expect: (_p, status, body) =>
      status === 200 && body.includes("My requests") ? undefined : `HTTP ${status}, not the requests page`,
  },
  {
    key: "search-json",
    label: `catalog search as JSON: tRPC \`catalog.search\`, ${jsonPaths.length} queries`,
    floor: "static",
    paths: jsonPaths,
    cookie,
    expect: (_p, status, body) =>
      status === 200 && body.includes('"items"') ? undefined : `HTTP ${status}: ${body.slice(0, 120)}`,
  },
  {
    key: "search",
    label: `catalog search: \`/catalog?q=…&portfolio=…\`, ${searchPaths.length} queries`,
    floor: "shell",
    paths: searchPaths,
    cookie,
    expect: (_p, status, body) =>
      status !== 200
        ? `HTTP ${status}`
        : /sign-in|Forbidden/.test(body) && !body.includes("<ul")
          ? "not signed in?"
          : undefined,
  },
  {
    key: "product",
    label: `product page: \`/catalog/[slug]\`, ${productSample.length} products`,
    floor: "shell",
    paths: productSample.map((p) => `/catalog/${p.slug}`),
    cookie,
    expect: (path, status, body) => {
      if (status !== 200) return `HTTP ${status}`;
      const product = productSample.find((p) => path.endsWith(`/${p.slug}`))!;
      return body.includes(product.name.replace(/&/g, "&amp;")) ? undefined : "product name missing";
    },
  },
  {
    key: "queue",
    label: `approval queue: \`/approvals\` of ${APPROVER} (${waiting} waiting)`,
    floor: "shell",
    paths: ["/approvals"],
    cookie: approverCookie,
    expect: (_p, status, body) =>
      status === 200 && body.includes("/approvals/") ? undefined : `HTTP ${status}`,
  },
  {
    key: "request",
    label: `request page: \`/requests/[id]\`, the requester's ${requestIds.length}`,
    floor: "shell",
    paths: requestIds.map((id) => `/requests/${id}`),
    cookie,
    expect: (_p, status, body) => (status === 200 && body.includes("REQ-") ? undefined : `HTTP ${status}`),
  },
];

// Access filtering holds under the seeded data: a product outside Dev's portfolios is a 404.
const leak = await fetch(`${base}/catalog/${hidden.slug}`, { headers: { cookie } });
const hiddenStatus = leak.status;
await leak.text();

const results: TResult[] = [];
const pending: { target: TTarget; why: string }[] = [];
for (const target of targets) {
  const problems = await check(base, target);
  if (problems.length > 0) {
    log(`${target.key}: not measured: ${problems.slice(0, 3).join("; ")}`);
    pending.push({ target, why: problems.slice(0, 3).join("; ") });
    continue;
  }
  log(`${target.key}: warm-up ${WARMUP} s…`);
  await load(base, target, WARMUP);
  log(`${target.key}: measuring ${DURATION} s at ${CONNECTIONS} connections…`);
  const measured = await load(base, target, DURATION);
  log(
    `${target.key}: ${measured.requests} requests, ${measured.rps.toFixed(0)}/s, p50 ${measured.p50.toFixed(1)} ms, ` +
      `p95 ${measured.p95.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms, non-2xx ${measured.non2xx}, errors ${measured.errors}`,
  );
  const statements = target.key === "static" ? 0 : await statementsPerRequest(base, target, database.url);
  results.push({ target, ...measured, statementsPerRequest: statements });
}

// ─── Report ────────────────────────────────────────────────────────────────

clearInterval(rssTimer);
const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : "–");
const verdictOf = (met: boolean) => (met ? "met" : "**missed**");
const rows = results.map((r) => {
  const floor = results.find((f) => f.target.key === r.target.floor);
  const errors = r.non2xx + r.errors + r.timeouts;
  const statements = r.statementsPerRequest === undefined ? "–" : r.statementsPerRequest.toFixed(1);
  const head = `| ${r.target.label} | ${r.requests} | ${r.rps.toFixed(0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${errors} | ${statements}`;
  if (!r.target.floor) return `${head} | floor | – | – | – |`;
  if (!floor) return `${head} | ${r.target.floor} (not measured) | – | – | n/a |`;
  const p95Ratio = r.p95 / floor.p95;
  const rpsShare = r.rps / floor.rps;
  if (r.target.floor === "static") {
    return `${head} | static | ${p95Ratio.toFixed(2)}× (≤ ${JSON_P95_RATIO}×) | ${rpsShare.toFixed(2)}× | ${verdictOf(p95Ratio <= JSON_P95_RATIO && errors === 0)} |`;
  }
  const met = p95Ratio <= PAGE_P95_RATIO && rpsShare >= PAGE_RPS_SHARE && errors === 0;
  return `${head} | shell | ${p95Ratio.toFixed(2)}× (≤ ${PAGE_P95_RATIO}×) | ${rpsShare.toFixed(2)}× (≥ ${PAGE_RPS_SHARE}×) | ${verdictOf(met)} |`;
});
const cpu = cpus()[0]?.model.trim() ?? "unknown";
const md = `# Catalog benchmark results

Recorded by \`npx tsx bench/catalog/run.ts\` on ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC,
commit \`${gitHead}\`${dirty ? ` plus ${dirty} uncommitted change(s) under apps/web, packages or prisma` : ""}, serving
${buildNote} of apps/web.
Targets, each against its floor measured in the same run at ${CONNECTIONS} concurrent connections: every page
p95 ≤ ${PAGE_P95_RATIO}× the signed-in shell's and throughput ≥ ${PAGE_RPS_SHARE}× the shell's; catalog search as JSON p95 ≤
${JSON_P95_RATIO}× the static file's; the server's memory ≤ ${RSS_LIMIT_MB} MB throughout.

## Results

${CONNECTIONS} connections, ${WARMUP} s warm-up (not counted) then ${DURATION} s measured per target; every
connection cycles through the target's paths. Latencies in ms, from every response of the measured
window.

| target | requests | req/s | p50 | p95 | p99 | max | errors | DB statements / request | floor | p95 / floor | req/s / floor | verdict |
| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- | --: | --: | --- |
${rows.join("\n")}

Server memory (resident, the whole process group, sampled every second from sign-in to the last
target): peak **${peakRssMb.toFixed(0)} MB**, target ≤ ${RSS_LIMIT_MB} MB: ${verdictOf(peakRssMb <= RSS_LIMIT_MB)}.

${pending.map((p) => `- **${p.target.label}: not measured** — ${p.why}.`).join("\n")}

The signed-in shell is the pages' floor: the cheapest page a signed-in user can get (session check,
layout, header, translated messages, an empty table), here \`${SHELL_USER}\`'s \`/requests\`. What a page
costs beyond it is its own work; what the shell costs beyond the static file is the price of a
server-rendered, per-user page, which no page can avoid. JSON is compared with the static file: it
has no page around it.

Errors count non-2xx answers, socket errors and timeouts together. DB statements per request is the
growth of the database's committed transactions over ${10} sequential rounds of the target's paths
(each Prisma query outside a transaction commits once), divided by the requests made.

Access check under the seeded data: a product outside Dev's portfolios answered HTTP ${hiddenStatus}
(expected 404).

## Data

- ${catalog.products} products (${PRODUCTS} generated + the demo's 3) in ${catalog.portfolios} portfolios,
  seeded in ${seedSeconds.toFixed(1)} s; ~15% with a second version, ~2% with only a deprecated version,
  ~1% archived, ~10% in two portfolios; each version is a real demo template (EC2, RDS or S3) with its
  form model and sha256 digest.
- The requester \`${EMAIL}\` (Dev group) sees ${catalog.visibleToDev} products through
  ${catalog.devPortfolios.length} portfolios (one more granted portfolio is archived and hides its products).
- Search queries: ${searchPaths.map((p) => `\`${p.replace(/portfolio=[^&]+/, "portfolio=<id>")}\``).join(", ")}.
- Product pages: ${productSample.map((p) => `\`${p.slug}\``).join(", ")}.

## Machine

- ${osType()} ${release()}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory
  (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} at the end
- Node ${process.version}; Next.js production server (\`next start\`), PostgreSQL 15 throwaway cluster
  (fsync off), load generator (autocannon) in the same machine, all on 127.0.0.1
`;
const formatted = await format(md, { ...(await resolveConfig(args.out)), filepath: args.out });
writeFileSync(args.out, formatted);
process.stdout.write(`\n${formatted}`);
await cleanup();
process.exit(0);
