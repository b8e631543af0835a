/**
 * Page benchmark: 10,000 products, 50 concurrent signed-in users.
 *
 *   npx tsx bench/catalog/run.ts [--connections 50] [--duration 30] [--warmup 15]
 *                                [--products 10000] [--scale-to 100000] [--build] [--probe DIR]
 *                                [--node-options=--max-old-space-size=512] [--only shell,search]
 *                                [--out bench/catalog/results.md]
 *
 * Starts a throwaway PostgreSQL cluster, seeds it (bench/catalog/seed.ts),
 * serves the production build of apps/web on 127.0.0.1 (built into
 * apps/web/.next-bench when missing or older than the sources), signs in as
 * the demo users and drives each target with autocannon. Each target is
 * compared with its floor measured in the same run: pages with the signed-in
 * shell (a requester's empty `/requests`), JSON with a static file of the same
 * server. The server's memory is sampled throughout. Then the catalog grows
 * to `--scale-to` products (0: not), is vacuumed as autovacuum would, a fresh
 * server takes over, and search is measured again: the search page at the
 * larger size is compared with itself at `--products`.
 * The end of every warm-up is CPU-profiled inside the server (bench/lib/server-probe.cjs,
 * into `--probe`, bench/tmp/probe by default), and the results say where each target's
 * time went and where the memory was at its peak.
 * Writes the results to bench/catalog/results.md (with --only, to bench/tmp/). Everything it starts is
 * stopped on exit, on failure, on Ctrl-C and when the overall time limit hits.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  cleanup,
  commitOf,
  ensureBuild,
  fmtMs as fmt,
  guard,
  log,
  machineSection,
  measureTargets,
  whereTimeGoes,
  writeResults,
  SERVER_BENCH_OPTIONS,
  signIn,
  serverRun,
  throwawayDatabase,
  verdictOf,
  type TResult,
  type TTarget,
} from "../lib/harness.ts";
import { seedBenchCatalog, SHELL_USER, type TBenchCatalog } from "./seed.ts";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    ...SERVER_BENCH_OPTIONS,
    products: { type: "string", default: "10000" },
    "scale-to": { type: "string", default: "100000" },
    out: { type: "string" },
  },
});
const CONNECTIONS = Number(args.connections);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const PRODUCTS = Number(args.products);
const SCALE_TO = Number(args["scale-to"]);
/** The search page at SCALE_TO products against itself at PRODUCTS: p95 at most this many times. */
const SCALE_P95_RATIO = 1.3;
/** Pages against the shell: p95 at most this many times the shell's, throughput at least this share of it. */
const PAGE_P95_RATIO = 1.5;
const PAGE_RPS_SHARE = 0.67;
/** JSON against the static file: p95 at most this many times. */
const JSON_P95_RATIO = 3;
const RSS_LIMIT_MB = 300;
const EMAIL = "dev@stackvend.local";
const APPROVER = "approver@stackvend.local";

// Seed + build + each target × (warm-up + measure) + slack; never runs unbounded.
guard((30 * 60 + 13 * (WARMUP + DURATION + 30)) * 1000);

// ─── Main ──────────────────────────────────────────────────────────────────

const startedAt = new Date();
const { head: gitHead, dirty } = commitOf();
const buildNote = ensureBuild({ force: args.build, skip: args["skip-build"] });

const database = await throwawayDatabase();

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
log("starting the production server…");
// One signed-in requester stands in for 50 people: their per-user search limit would answer 429.
const servers = await serverRun(
  database.url,
  { STACKVEND_RATE_LIMIT_SEARCH: "1000000" },
  { probeDir: args.probe, nodeOptions: args["node-options"] },
);
const { base, probe } = servers.current;
log(`server up at ${base}; signing in as ${EMAIL}, ${SHELL_USER} and ${APPROVER}`);
const [cookie, shellCookie, approverCookie] = await Promise.all([
  signIn(base, EMAIL),
  signIn(base, SHELL_USER),
  signIn(base, APPROVER),
]);

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
    uncounted: true,
    label: "static: `GET /icon.svg` (prerendered at build)",
    paths: ["/icon.svg"],
    expect: (_p, status, body) => (status === 200 && body.includes("<svg") ? undefined : `HTTP ${status}`),
  },
  {
    // Not a floor with a target: what the cheapest tRPC answer costs, for reading the JSON verdict.
    key: "ping",
    label: "tRPC round trip: `system.ping` (no session, one `SELECT 1`)",
    paths: ["/api/trpc/system.ping"],
    expect: (_p, status, body) =>
      status === 200 && body.includes('"ok":true') ? undefined : `HTTP ${status}`,
  },
  {
    // Likewise: the cheapest signed-in tRPC answer (session check, caller, one count).
    key: "signed-json",
    label: "signed-in tRPC: `notifications.unreadCount` (session, caller, one count)",
    paths: ["/api/trpc/notifications.unreadCount"],
    cookie: shellCookie,
    expect: (_p, status, body) => (status === 200 && body.includes('"count"') ? undefined : `HTTP ${status}`),
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
const measuring = {
  warmup: WARMUP,
  duration: DURATION,
  connections: CONNECTIONS,
  databaseUrl: database.url,
  probe,
  only: args.only?.split(","),
};
await measureTargets(base, targets, measuring, { results, pending });

// The same search at a larger catalog, on a fresh server warmed the same way: the two sizes then
// differ in their data only, not in how far a long-running server's heap has grown.
let scaled: { products: number; visibleToDev: number; seconds: number } | undefined;
if (SCALE_TO > PRODUCTS) {
  log(`growing the catalog to ${SCALE_TO} products…`);
  const started = performance.now();
  const grown = await seedBenchCatalog(database.prisma, SCALE_TO);
  scaled = { ...grown, seconds: (performance.now() - started) / 1000 };
  log(
    `${grown.products} products, ${grown.visibleToDev} visible to ${EMAIL}, in ${scaled.seconds.toFixed(1)} s`,
  );
  const size = SCALE_TO.toLocaleString("en");
  const again = (key: string, floor: string | undefined): TTarget => {
    const target = targets.find((t) => t.key === key)!;
    return { ...target, key: `${key}-scaled`, label: `${target.label}, ${size} products`, floor };
  };
  const rerun = [again("shell", undefined), again("search-json", "static"), again("search", "shell-scaled")];
  log("starting a fresh server for the larger catalog…");
  const second = await servers.fresh();
  await measureTargets(second.base, rerun, { ...measuring, probe: second.probe }, { results, pending });
}
await database.close();

// ─── Report ────────────────────────────────────────────────────────────────

const peakRssMb = servers.peakRssMb();
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
  return `${head} | ${r.target.floor} | ${p95Ratio.toFixed(2)}× (≤ ${PAGE_P95_RATIO}×) | ${rpsShare.toFixed(2)}× (≥ ${PAGE_RPS_SHARE}×) | ${verdictOf(met)} |`;
});
/** The search page at the larger catalog against itself at the smaller, and the shell's drift between. */
function scaleSection(): string {
  const at = (key: string) => results.find((r) => r.target.key === key);
  const pairs = [
    ["signed-in shell", "shell"],
    ["catalog search as JSON", "search-json"],
    ["catalog search page", "search"],
  ] as const;
  if (!scaled) return "";
  const [shellSmall, shellLarge] = [at("shell"), at("shell-scaled")];
  const drift = shellSmall && shellLarge ? shellLarge.p95 / shellSmall.p95 : undefined;
  const lines = pairs.map(([name, key]) => {
    const [small, large] = [at(key), at(`${key}-scaled`)];
    if (!small || !large) return `| ${name} | – | – | – | – | not measured |`;
    const ratio = large.p95 / small.p95;
    const beyond = key === "shell" || !drift ? "–" : `${(ratio / drift).toFixed(2)}×`;
    const graded = key === "search";
    const verdict = graded
      ? verdictOf(ratio <= SCALE_P95_RATIO && large.non2xx + large.errors + large.timeouts === 0)
      : "–";
    return `| ${name} | ${fmt(small.p95)} | ${fmt(large.p95)} | ${ratio.toFixed(2)}×${graded ? ` (≤ ${SCALE_P95_RATIO}×)` : ""} | ${beyond} | ${verdict} |`;
  });
  return `
### Scale: ${PRODUCTS.toLocaleString("en")} and ${SCALE_TO.toLocaleString("en")} products

The catalog grown to ${scaled.products} products in ${scaled.seconds.toFixed(0)} s and vacuumed; \`${EMAIL}\` then sees
${scaled.visibleToDev} of them, on a fresh server warmed the same way as the first. The shell does not read the
catalog: its ratio is how much the server and the machine drifted between the two sizes. Beyond the drift
is the ratio divided by the shell's: what the catalog's size itself added. The verdict is on the ratio.

| target | p95 at ${PRODUCTS.toLocaleString("en")} (ms) | p95 at ${SCALE_TO.toLocaleString("en")} (ms) | ratio | beyond the shell's drift | verdict |
| --- | --: | --: | --: | --: | --- |
${lines.join("\n")}
`;
}

const md = `# Catalog benchmark results

Recorded by \`npx tsx bench/catalog/run.ts\` on ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC,
commit \`${gitHead}\`${dirty ? ` plus ${dirty} uncommitted change(s) under apps/web, packages or prisma` : ""}, serving
${buildNote} of apps/web${args["node-options"] ? ` with \`NODE_OPTIONS=${args["node-options"]}\`` : ""}.
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
${scaleSection()}

Server memory (resident, the whole process group, sampled every second from its start to the last
target): peak **${peakRssMb.toFixed(0)} MB**, target ≤ ${RSS_LIMIT_MB} MB: ${verdictOf(peakRssMb <= RSS_LIMIT_MB)}.

${pending.map((p) => `- **${p.target.label}: not measured** — ${p.why}.`).join("\n")}

The signed-in shell is the pages' floor: the cheapest page a signed-in user can get (session check,
layout, header, translated messages, an empty table), here \`${SHELL_USER}\`'s \`/requests\`. What a page
costs beyond it is its own work; what the shell costs beyond the static file is the price of a
server-rendered, per-user page, which no page can avoid. JSON is compared with the static file: it
has no page around it. The two tRPC rows are not targets: they show what the cheapest answers of the
API cost on this server (a round trip with one \`SELECT 1\`, and a signed-in call with one count),
the least any JSON answer can cost before it does its own work.

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

${whereTimeGoes(results, probe, WARMUP)}
${machineSection()}`;
const formatted = await writeResults(md, here, args);
process.stdout.write(`\n${formatted}`);
await cleanup();
process.exit(0);
