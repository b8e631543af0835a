/**
 * Request benchmark: the approval queue and My requests at 1,000 and at
 * 100,000 requests, and submitting an order against previewing it.
 *
 *   npx tsx bench/requests/run.ts [--connections 50] [--order-connections 20]
 *                                 [--duration 30] [--warmup 15] [--small 1000]
 *                                 [--large 100000] [--build] [--probe DIR] [--out bench/requests/results.md]
 *                                 [--node-options=--max-old-space-size=512] [--only shell-1000,queue-1000]
 *
 * Starts a throwaway PostgreSQL cluster, seeds the demo data and `--small`
 * requests (bench/requests/seed.ts), serves the production build of apps/web
 * and measures the signed-in shell, the approver's `/approvals` and the
 * requester's `/requests`. Then it adds requests up to `--large`, vacuums as
 * autovacuum would, and a fresh server measures the same three again:
 * each page at the large size is compared with itself at the small size in
 * the same run. Last, at `--order-connections`, it previews one order and
 * submits fresh drafts of the same order, compared with each other.
 * The end of every warm-up is CPU-profiled inside the server, as in the
 * catalog benchmark. Writes the results to bench/requests/results.md (with --only, to bench/tmp/).
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  cleanup,
  commitOf,
  ensureBuild,
  fmtMs,
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
import {
  addBenchRequests,
  APPROVER,
  describeRequests,
  REQUESTER,
  seedBenchRequestsBase,
  SHELL_USER,
} from "./seed.ts";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    ...SERVER_BENCH_OPTIONS,
    "order-connections": { type: "string", default: "20" },
    small: { type: "string", default: "1000" },
    large: { type: "string", default: "100000" },
    out: { type: "string" },
  },
});
const CONNECTIONS = Number(args.connections);
const ORDER_CONNECTIONS = Number(args["order-connections"]);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const SMALL = Number(args.small);
const LARGE = Number(args.large);
/** A page at the large size against itself at the small size: p95 at most this many times. */
const SCALE_P95_RATIO = 1.3;
/** Pages against the shell, as in the catalog benchmark. */
const PAGE_P95_RATIO = 1.5;
const PAGE_RPS_SHARE = 0.67;
/** Submitting an order against previewing it: p95 at most this many times. */
const SUBMIT_P95_RATIO = 1.5;
const RSS_LIMIT_MB = 300;
/** Drafts made ready to submit: more than the submit target can use up. */
const DRAFTS = 20_000;

// Seed + build + 8 targets × (warm-up + measure + statement count) + slack.
guard((25 * 60 + 8 * (WARMUP + DURATION + 30)) * 1000);

const startedAt = new Date();
const { head: gitHead, dirty } = commitOf();
const buildNote = ensureBuild({ force: args.build, skip: args["skip-build"] });

const database = await throwawayDatabase();
const db = database.prisma;

log(`seeding the demo data and ${SMALL} requests…`);
const base = await seedBenchRequestsBase(db);
let seedStart = performance.now();
await addBenchRequests(db, base, 0, SMALL);
const smallSeconds = (performance.now() - seedStart) / 1000;
const small = await describeRequests(db, base);

// The order both preview and submit make: the demo's request waiting on the team leads, as its requester placed it.
const ordered = await db.request.findUniqueOrThrow({
  where: { id: base.templates[0] },
  select: { portfolioId: true, productVersionId: true, parameters: true, tags: true, requesterId: true },
});
if (ordered.requesterId !== base.requesterId) throw new Error(`the first demo request is not ${REQUESTER}'s`);

log("starting the production server…");
// One requester stands in for many people: their per-user preview limit would answer 429.
const servers = await serverRun(
  database.url,
  { STACKVEND_RATE_LIMIT_PREVIEW: "1000000" },
  { probeDir: args.probe, nodeOptions: args["node-options"] },
);
const { base: url, probe } = servers.current;
log(`server up at ${url}; signing in as ${REQUESTER}, ${SHELL_USER} and ${APPROVER}`);
// Sessions are signed with the configuration's secret, the same on a later server: they hold there too.
const [cookie, shellCookie, approverCookie] = await Promise.all([
  signIn(url, REQUESTER),
  signIn(url, SHELL_USER),
  signIn(url, APPROVER),
]);

/** A page's target key at a size: `queue-1000`. */
const keyAt = (page: string, size: string) => `${page}-${size.replace(/,/g, "")}`;

function pageTargets(size: string, counts: { mine: number; waiting: number }): TTarget[] {
  return [
    {
      key: keyAt("shell", size),
      label: `signed-in shell: \`/requests\` of a requester with none, ${size} requests`,
      paths: ["/requests"],
      cookie: shellCookie,
      expect: (_p, status, body) =>
        status === 200 && body.includes("My requests") ? undefined : `HTTP ${status}, not the requests page`,
    },
    {
      key: keyAt("queue", size),
      label: `approval queue: \`/approvals\` of ${APPROVER} (${counts.waiting} waiting), ${size} requests`,
      floor: keyAt("shell", size),
      paths: ["/approvals"],
      cookie: approverCookie,
      expect: (_p, status, body) =>
        status === 200 && body.includes("/approvals/")
          ? undefined
          : `HTTP ${status}, no request in the queue`,
    },
    {
      key: keyAt("mine", size),
      label: `My requests: \`/requests\` of ${REQUESTER} (${counts.mine} requests), ${size} requests`,
      floor: keyAt("shell", size),
      paths: ["/requests"],
      cookie,
      expect: (_p, status, body) =>
        status === 200 && body.includes("REQ-") ? undefined : `HTTP ${status}, no request listed`,
    },
  ];
}

const results: TResult[] = [];
const pending: { target: TTarget; why: string }[] = [];
const run = (targets: TTarget[], connections: number) =>
  measureTargets(
    servers.current.base,
    targets,
    {
      warmup: WARMUP,
      duration: DURATION,
      connections,
      databaseUrl: database.url,
      probe: servers.current.probe,
      only: args.only?.split(","),
    },
    { results, pending },
  );

const smallLabel = SMALL.toLocaleString("en");
const largeLabel = LARGE.toLocaleString("en");
await run(pageTargets(smallLabel, small), CONNECTIONS);

log(`adding requests up to ${LARGE}…`);
seedStart = performance.now();
await addBenchRequests(db, base, SMALL, LARGE);
const largeSeconds = (performance.now() - seedStart) / 1000;
const large = await describeRequests(db, base);
log(
  `${large.total} requests (${large.mine} of ${REQUESTER}, ${large.waiting} waiting) in ${largeSeconds.toFixed(1)} s`,
);
// A fresh server for the larger table, warmed the same way: the two sizes then differ in their data
// only, not in how far a long-running server's heap has grown. The orders run on it too.
log("starting a fresh server for the larger table…");
await servers.fresh();
await run(pageTargets(largeLabel, large), CONNECTIONS);

// Orders: drafts of the same order, each submitted once; the preview of that order.
log(`making ${DRAFTS} drafts to submit…`);
await db.$executeRawUnsafe(
  `
  INSERT INTO "Request" (id, status, "requesterId", "portfolioId", "productId", "productVersionId",
    "stackName", parameters, "secretParameters", tags, justification, "createdAt", "updatedAt")
  SELECT 'bench-draft-' || g, 'DRAFT', t."requesterId", t."portfolioId", t."productId", t."productVersionId",
    'bench-order-' || g, t.parameters, t."secretParameters", t.tags, t.justification, now(), now()
  FROM generate_series(0, $1::int - 1) AS g JOIN "Request" t ON t.id = $2
  ON CONFLICT (id) DO NOTHING`,
  DRAFTS,
  base.templates[0],
);
await db.$executeRawUnsafe("VACUUM ANALYZE");
let nextDraft = 0;
const orderHeaders = { origin: servers.current.base };
const previewBody = JSON.stringify({
  json: {
    portfolioId: ordered.portfolioId,
    productVersionId: ordered.productVersionId,
    stackName: "bench-order",
    values: ordered.parameters,
    tags: ordered.tags,
  },
});
const orderTargets: TTarget[] = [
  {
    key: "preview",
    uncounted: true,
    label: `preview an order: tRPC \`orders.preview\` of the demo's EC2 order`,
    paths: [{ path: "/api/trpc/orders.preview", body: previewBody }],
    cookie,
    headers: orderHeaders,
    expect: (_p, status, body) =>
      status === 200 && body.includes(`"valid":true`) ? undefined : `HTTP ${status}: ${body.slice(0, 160)}`,
  },
  {
    key: "submit",
    uncounted: true,
    label: `submit an order: tRPC \`orders.submit\` of a fresh draft of the same order`,
    floor: "preview",
    paths: [
      {
        path: "/api/trpc/orders.submit",
        body: () => JSON.stringify({ json: { id: `bench-draft-${nextDraft++}`, expectedVersion: 1 } }),
      },
    ],
    cookie,
    headers: orderHeaders,
    expect: (_p, status, body) =>
      status === 200 && body.includes("SUBMITTED") ? undefined : `HTTP ${status}: ${body.slice(0, 160)}`,
  },
];
await run(orderTargets, ORDER_CONNECTIONS);
const draftsUsed = nextDraft;
const peakRssMb = servers.peakRssMb();

// ─── Report ────────────────────────────────────────────────────────────────

const byKey = new Map(results.map((r) => [r.target.key, r]));
const errorsOf = (r: TResult) => r.non2xx + r.errors + r.timeouts;
const rows = results.map((r) => {
  const statements = r.statementsPerRequest === undefined ? "–" : r.statementsPerRequest.toFixed(1);
  const head = `| ${r.target.label} | ${r.requests} | ${r.rps.toFixed(0)} | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${fmtMs(r.p99)} | ${fmtMs(r.max)} | ${errorsOf(r)} | ${statements}`;
  const floor = r.target.floor ? byKey.get(r.target.floor) : undefined;
  if (!r.target.floor) return `${head} | floor | – | – | – |`;
  if (!floor) return `${head} | ${r.target.floor} (not measured) | – | – | n/a |`;
  const p95Ratio = r.p95 / floor.p95;
  const rpsShare = r.rps / floor.rps;
  if (r.target.key === "submit") {
    const met = p95Ratio <= SUBMIT_P95_RATIO && errorsOf(r) === 0;
    return `${head} | preview | ${p95Ratio.toFixed(2)}× (≤ ${SUBMIT_P95_RATIO}×) | ${rpsShare.toFixed(2)}× | ${verdictOf(met)} |`;
  }
  const met = p95Ratio <= PAGE_P95_RATIO && rpsShare >= PAGE_RPS_SHARE && errorsOf(r) === 0;
  return `${head} | shell | ${p95Ratio.toFixed(2)}× (≤ ${PAGE_P95_RATIO}×) | ${rpsShare.toFixed(2)}× (≥ ${PAGE_RPS_SHARE}×) | ${verdictOf(met)} |`;
});
const p95At = (page: string, size: string) => byKey.get(keyAt(page, size))?.p95;
const shellDrift = (p95At("shell", largeLabel) ?? NaN) / (p95At("shell", smallLabel) ?? NaN);
const scaleRows = ["shell", "queue", "mine"].map((page) => {
  const at = (size: string) => byKey.get(keyAt(page, size));
  const [s, l] = [at(smallLabel), at(largeLabel)];
  const name = { shell: "signed-in shell", queue: "approval queue", mine: "My requests" }[page];
  if (!s || !l) return `| ${name} | – | – | – | – | not measured |`;
  const ratio = l.p95 / s.p95;
  const beyond =
    page === "shell" || !Number.isFinite(shellDrift) ? "–" : `${(ratio / shellDrift).toFixed(2)}×`;
  const target = page === "shell" ? "(the floor: how much the machine drifted)" : `≤ ${SCALE_P95_RATIO}×`;
  const verdict = page === "shell" ? "–" : verdictOf(ratio <= SCALE_P95_RATIO && errorsOf(l) === 0);
  return `| ${name} | ${fmtMs(s.p95)} | ${fmtMs(l.p95)} | ${ratio.toFixed(2)}× ${target} | ${beyond} | ${verdict} |`;
});

const md = `# Request benchmark results

Recorded by \`npx tsx bench/requests/run.ts\` on ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC,
commit \`${gitHead}\`${dirty ? ` plus ${dirty} uncommitted change(s) under apps/web, packages or prisma` : ""}, serving
${buildNote} of apps/web${args["node-options"] ? ` with \`NODE_OPTIONS=${args["node-options"]}\`` : ""}.
Targets, each against its floor measured in the same run: the approval queue and My requests at
${largeLabel} requests p95 ≤ ${SCALE_P95_RATIO}× the same page's at ${smallLabel}; both pages p95 ≤ ${PAGE_P95_RATIO}× the signed-in
shell's and throughput ≥ ${PAGE_RPS_SHARE}× at ${CONNECTIONS} connections; submitting an order p95 ≤ ${SUBMIT_P95_RATIO}× previewing the
same order at ${ORDER_CONNECTIONS} connections; the server's memory ≤ ${RSS_LIMIT_MB} MB throughout.

## Scale: the same page at ${smallLabel} and at ${largeLabel} requests

The larger size is served by a fresh server, warmed the same way as the first. The shell reads no
requests: its ratio is how much the server and the machine drifted between the two sizes. Beyond
the drift is a page's ratio divided by the shell's: what the number of requests itself added. The
verdict is on the ratio.

| page | p95 at ${smallLabel} (ms) | p95 at ${largeLabel} (ms) | ratio | beyond the shell's drift | verdict |
| --- | --: | --: | --: | --: | --- |
${scaleRows.join("\n")}

## Every target

Pages at ${CONNECTIONS} connections, orders at ${ORDER_CONNECTIONS}; ${WARMUP} s warm-up (not counted) then ${DURATION} s measured
per target; every connection cycles through the target's requests. Latencies in ms, from every
response of the measured window.

| target | requests | req/s | p50 | p95 | p99 | max | errors | DB statements / request | floor | p95 / floor | req/s / floor | verdict |
| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- | --: | --: | --- |
${rows.join("\n")}

Server memory (resident, the whole process group, sampled every second from its start to the last
target): peak **${peakRssMb.toFixed(0)} MB**, target ≤ ${RSS_LIMIT_MB} MB: ${verdictOf(peakRssMb <= RSS_LIMIT_MB)}.

${pending.map((p) => `- **${p.target.label}: not measured** — ${p.why}.`).join("\n")}

Errors count non-2xx answers, socket errors and timeouts together. DB statements per request is the
growth of the database's committed transactions over 10 sequential rounds of the target's paths
(each Prisma query outside a transaction commits once), divided by the requests made; it is not
counted for the orders (a submit changes data, and preview does its work on a worker).

## Data

- ${smallLabel}: ${small.total} requests (${SMALL} generated + the demo's), seeded in ${smallSeconds.toFixed(1)} s;
  ${small.mine} of them \`${REQUESTER}\`'s, ${small.waiting} waiting on the team leads.
- ${largeLabel}: ${large.total} requests, ${(LARGE - SMALL).toLocaleString("en")} added in ${largeSeconds.toFixed(1)} s (vacuumed after);
  ${large.mine} of them \`${REQUESTER}\`'s, ${large.waiting} waiting on the team leads.
- Requests spread over ${base.requesterIds.length + 1} requesters and the demo's ${base.templates.length} products, one every 7 minutes back in
  time: 3% waiting, 5% drafts, 5% rejected, 2% cancelled, 45% fulfilled, 40% approved; the
  approver's decision recorded on every decided one. Each copies one of the demo's submitted
  requests (rendered template, digest, policy snapshot).
- Orders: ${draftsUsed} drafts submitted (of ${DRAFTS} made), each a copy of the demo's EC2 order in Development;
  the preview is that same order.

${whereTimeGoes(results, probe, WARMUP)}
${machineSection()}`;
const formatted = await writeResults(md, here, args);
process.stdout.write(`\n${formatted}`);
await cleanup();
process.exit(0);
