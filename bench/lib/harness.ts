/**
 * What the server benchmarks share: cleanup whatever happens, the production
 * build of apps/web, a server on a throwaway database, signing in, driving a
 * target with autocannon, the server's memory and the database statements a
 * request costs. Each benchmark under bench/ seeds its own data and writes
 * its own results.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, freemem, loadavg, release, totalmem, type as osType } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { format, resolveConfig } from "prettier";
import { DEMO_PASSWORD } from "@stackvend/api/seed";
import { createTestDatabase, freePort, startThrowawayCluster } from "@stackvend/db/testing";
import { parseMemoryLines, profileSection, summarizeProfile, type TCpuProfile } from "./profile.ts";
import { sourceMapResolver } from "./source-maps.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "../..");
const web = join(repo, "apps", "web");
const DIST_DIR = ".next-bench";

export const log = (msg: string) => console.log(`[bench] ${msg}`);

/** The command-line options every server benchmark takes (each adds its own and `out`). */
export const SERVER_BENCH_OPTIONS = {
  connections: { type: "string", default: "50" },
  duration: { type: "string", default: "30" },
  warmup: { type: "string", default: "15" },
  build: { type: "boolean", default: false },
  "skip-build": { type: "boolean", default: false },
  /** Where the server's probe (lib/server-probe.cjs) writes its memory samples and CPU profiles; bench/tmp/probe by default. */
  probe: { type: "string" },
  /** Extra Node options for the server (e.g. heap sizes), after the probe's. */
  "node-options": { type: "string" },
  /** Comma-separated target keys: measure only these, to compare or profile one change quickly (write elsewhere with --out). */
  only: { type: "string" },
} as const;

// ─── Cleanup, whatever happens ─────────────────────────────────────────────

const cleanups: (() => Promise<unknown> | unknown)[] = [];
let cleaning: Promise<void> | undefined;

/** Runs `fn` at exit, on failure, on a signal and at the time limit; the last registered runs first. */
export function onCleanup(fn: () => Promise<unknown> | unknown): void {
  cleanups.push(fn);
}

export function cleanup(): Promise<void> {
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

/** Stops everything on signals, unhandled failures and after `limitMs`, so a benchmark never runs unbounded. */
export function guard(limitMs: number): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => void abort(`${signal}: stopping`, 130));
  }
  process.on("unhandledRejection", (error) => void abort(`unhandled: ${(error as Error)?.stack ?? error}`));
  setTimeout(() => void abort(`time limit of ${Math.round(limitMs / 60000)} min reached`), limitMs).unref();
}

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

/** Builds apps/web into .next-bench when missing, stale or asked; returns how the served build came about, for the results. */
export function ensureBuild({ force = false, skip = false }: { force?: boolean; skip?: boolean }): string {
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
  if (builtAt > 0 && (skip || (!stale && !force))) {
    const note = `the build of ${builtWhen()} UTC${stale ? " (sources changed since)" : ""}`;
    log(`using ${note} in apps/web/${DIST_DIR}`);
    return note;
  }
  log(`building apps/web into ${DIST_DIR} (${builtAt === 0 ? "missing" : force ? "--build" : "stale"})…`);
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
    const note = `the previous build of ${builtWhen()} UTC (a fresh build failed)`;
    log(`next build failed; using ${note}`);
    return note;
  }
  log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return `a fresh build of ${builtWhen()} UTC`;
}

// ─── Database ──────────────────────────────────────────────────────────────

/** A migrated database on a throwaway PostgreSQL cluster, both gone at cleanup. */
export async function throwawayDatabase() {
  log("starting a throwaway PostgreSQL cluster…");
  const cluster = await startThrowawayCluster();
  onCleanup(() => cluster.stop());
  const database = await createTestDatabase(cluster.url);
  onCleanup(() => database.drop());
  return database;
}

// ─── Server ────────────────────────────────────────────────────────────────

export interface TServerOptions {
  /** Where the probe writes; bench/tmp/probe by default. */
  probeDir?: string;
  /** Extra Node options, after the probe's. */
  nodeOptions?: string;
  /** A later server of the same run: the probe's files and the log so far are kept. */
  again?: boolean;
}

export interface TServer {
  base: string;
  child: ChildProcess;
  probe: TProbe;
  /** Stops the server's whole process group (also done at cleanup). */
  stop: () => Promise<void>;
}

/**
 * The production server on `databaseUrl`, healthy, stopped at cleanup. `env` adds to the bench's
 * configuration. The server runs lib/server-probe.cjs into the probe folder, emptied first unless
 * `again`: its memory every second, and a CPU profile whenever `measure` asks for one.
 */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  { probeDir = join(repo, "bench", "tmp", "probe"), nodeOptions, again = false }: TServerOptions = {},
): Promise<TServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const tmp = join(repo, "bench", "tmp");
  mkdirSync(tmp, { recursive: true });
  const dir = resolve(probeDir);
  if (!again) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const logFile = join(tmp, "server.log");
  const out = createWriteStream(logFile, { flags: again ? "a" : "w" });
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
        NODE_OPTIONS: [`--require ${join(repo, "bench", "lib", "server-probe.cjs")}`, nodeOptions]
          .filter(Boolean)
          .join(" "),
        STACKVEND_BENCH_PROBE_DIR: dir,
        ...env,
      },
    },
  );
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited = false;
  child.once("exit", () => (exited = true));
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise((ok) => child.once("exit", ok));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => !exited && process.kill(-child.pid!, "SIGKILL"), 5000);
    await gone;
    clearTimeout(timer);
  };
  onCleanup(stop);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited at start:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) return { base, child, probe: { pid: child.pid!, dir }, stop };
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`server not healthy after 120 s:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
}

/** A benchmark's server, one at a time, and the resident memory of all of them. */
export interface TServerRun {
  readonly current: TServer;
  /**
   * Stops the current server and starts another on the same database and configuration, its
   * probe's files kept: a size measured after another runs on a fresh process, not on one whose
   * heap has grown through the earlier load.
   */
  fresh: () => Promise<TServer>;
  /** The highest resident memory any of the run's servers reached; stops the sampling. */
  peakRssMb: () => number;
}

/** Starts the run's first server (startServer) and samples its memory every second from then on. */
export async function serverRun(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: Omit<TServerOptions, "again"> = {},
): Promise<TServerRun> {
  let current = await startServer(databaseUrl, env, options);
  const samplers = [sampleRss(current.child.pid!)];
  return {
    get current() {
      return current;
    },
    async fresh() {
      samplers.at(-1)!.stop();
      await current.stop();
      current = await startServer(databaseUrl, env, { ...options, again: true });
      samplers.push(sampleRss(current.child.pid!));
      return current;
    },
    peakRssMb() {
      for (const sampler of samplers) sampler.stop();
      return Math.max(...samplers.map((sampler) => sampler.peak()));
    },
  };
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through the credentials form as a browser would; the session cookie. */
export async function signIn(base: string, email: string): Promise<string> {
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

// ─── Load ──────────────────────────────────────────────────────────────────

export interface TRequestSpec {
  method?: "GET" | "POST";
  path: string;
  /** A body for every request, or one made fresh for each (a new draft to submit, say). */
  body?: string | (() => string);
}

export interface TTarget {
  key: string;
  label: string;
  /** What it is compared with: a floor itself has none. */
  floor?: string;
  /** Each connection cycles through these: paths to GET, or full requests. */
  paths: (string | TRequestSpec)[];
  cookie?: string;
  headers?: Record<string, string>;
  /** Its database statements are not counted (no database work, or work that changes data). */
  uncounted?: boolean;
  /** Checked on one sequential request per path before the load: proves the page did its work. */
  expect: (path: string, status: number, body: string) => string | undefined;
}

export interface TLoad {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface TResult extends TLoad {
  target: TTarget;
  statementsPerRequest?: number;
  /** The server's CPU profile over the end of the warm-up, when it was profiled, and the requests it served. */
  profile?: { file: string; requests: number };
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const specOf = (p: string | TRequestSpec): TRequestSpec => (typeof p === "string" ? { path: p } : p);

function headersOf(target: TTarget, spec: TRequestSpec): Record<string, string> {
  return {
    ...(target.cookie ? { cookie: target.cookie } : {}),
    ...(spec.body !== undefined ? { "content-type": "application/json" } : {}),
    ...target.headers,
  };
}

/** One autocannon run; each connection cycles through the target's requests. Latencies are kept whole. */
export function load(base: string, target: TTarget, seconds: number, connections: number): Promise<TLoad> {
  return new Promise((ok, fail) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 30,
        requests: target.paths.map((p) => {
          const spec = specOf(p);
          const headers = headersOf(target, spec);
          const body = spec.body;
          return typeof body === "function"
            ? {
                method: spec.method ?? "POST",
                path: spec.path,
                headers,
                setupRequest: (r: object) => ({ ...r, body: body() }),
              }
            : {
                method: spec.method ?? (body === undefined ? "GET" : "POST"),
                path: spec.path,
                headers,
                body,
              };
        }),
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
    instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    });
  });
}

/** One request of the target's kind, as the load sends it, for checks and counts. */
function once(base: string, target: TTarget, p: string | TRequestSpec): Promise<Response> {
  const spec = specOf(p);
  const body = typeof spec.body === "function" ? spec.body() : spec.body;
  return fetch(`${base}${spec.path}`, {
    method: spec.method ?? (body === undefined ? "GET" : "POST"),
    redirect: "manual",
    headers: headersOf(target, spec),
    body,
  });
}

/** Problems found on one sequential request per path: a target that does not do its work is not measured. */
export async function check(base: string, target: TTarget): Promise<string[]> {
  const problems: string[] = [];
  for (const p of target.paths) {
    const res = await once(base, target, p);
    const path = specOf(p).path;
    const problem = target.expect(path, res.status, await res.text());
    if (problem) problems.push(`${path}: ${problem}`);
  }
  return problems;
}

/** Database statements per request, from the server's committed transactions (each Prisma query outside a transaction is one). */
export async function statementsPerRequest(
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
      for (const p of target.paths) await (await once(base, target, p)).text();
    }
    const after = await commits();
    // Minus this client's own query after the first reading.
    return (after - before - 1) / (n * target.paths.length);
  } finally {
    await client.end();
  }
}

/** The server's probe: its process and the folder it writes to. */
export interface TProbe {
  pid: number;
  dir: string;
}

export interface TMeasureOptions {
  warmup: number;
  duration: number;
  connections: number;
  databaseUrl?: string;
  /** The end of each warm-up is CPU-profiled through the server's probe. */
  probe?: TProbe;
  /** Target keys: only these are measured. */
  only?: string[];
}

/** How much of the warm-up's end is profiled. */
export const profiledSeconds = (warmup: number) => Math.min(10, warmup / 2);

/** Runs `work` with the server's main thread CPU-profiled; the profile's file, once the probe has written it (whole, by rename). */
async function profiled(
  probe: TProbe,
  key: string,
  work: () => Promise<TLoad>,
): Promise<{ file: string; requests: number }> {
  const name = key.replace(/[^\w.-]+/g, "_");
  const file = join(probe.dir, `${name}.cpuprofile`);
  rmSync(file, { force: true });
  process.kill(probe.pid, "SIGUSR2");
  const { requests } = await work();
  writeFileSync(join(probe.dir, "profile-name"), name);
  process.kill(probe.pid, "SIGUSR2");
  const deadline = Date.now() + 60_000;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`no CPU profile at ${file} after 60 s`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return { file, requests };
}

/** Warm-up, its end profiled, then the measured run, logged; the statements per request after. */
export async function measure(
  base: string,
  target: TTarget,
  { warmup, duration, connections, databaseUrl, probe }: TMeasureOptions,
): Promise<TResult> {
  log(`${target.key}: warm-up ${warmup} s…`);
  const tail = probe ? profiledSeconds(warmup) : 0;
  await load(base, target, warmup - tail, connections);
  const profile = probe
    ? await profiled(probe, target.key, () => load(base, target, tail, connections))
    : undefined;
  log(`${target.key}: measuring ${duration} s at ${connections} connections…`);
  const measured = await load(base, target, duration, connections);
  log(
    `${target.key}: ${measured.requests} requests, ${measured.rps.toFixed(0)}/s, p50 ${measured.p50.toFixed(1)} ms, ` +
      `p95 ${measured.p95.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms, non-2xx ${measured.non2xx}, errors ${measured.errors}`,
  );
  const statements =
    databaseUrl && !target.uncounted ? await statementsPerRequest(base, target, databaseUrl) : undefined;
  return { target, ...measured, statementsPerRequest: statements, profile };
}

/**
 * Checks, then measures, each target in turn: one that fails its check is left out with why, and
 * the rest go on. Adds to `into`, so a benchmark measuring in phases keeps one list.
 */
export async function measureTargets(
  base: string,
  targets: TTarget[],
  options: TMeasureOptions,
  into: { results: TResult[]; pending: { target: TTarget; why: string }[] },
): Promise<void> {
  for (const target of targets) {
    if (options.only && !options.only.includes(target.key)) continue;
    const problems = await check(base, target);
    if (problems.length > 0) {
      const why = problems.slice(0, 3).join("; ");
      log(`${target.key}: not measured: ${why}`);
      into.pending.push({ target, why });
      continue;
    }
    into.results.push(await measure(base, target, options));
  }
}

// ─── Memory and machine ────────────────────────────────────────────────────

/** The results' section on where each target's time went and where the memory was, from the probe. */
export function whereTimeGoes(results: TResult[], probe: TProbe, warmup: number): string {
  const memoryFile = join(probe.dir, "memory.jsonl");
  const memory = existsSync(memoryFile) ? parseMemoryLines(readFileSync(memoryFile, "utf8")) : [];
  const resolveFrame = sourceMapResolver();
  const profiles = results.flatMap(({ target, profile }) => {
    if (!profile) return [];
    const summary = summarizeProfile(JSON.parse(readFileSync(profile.file, "utf8")) as TCpuProfile, {
      resolve: resolveFrame,
    });
    return [
      { key: target.key, label: target.label, floor: target.floor, summary, requests: profile.requests },
    ];
  });
  return profileSection(profiles, memory, profiledSeconds(warmup));
}

/** Resident memory of the server's whole process group, in MB (Linux /proc). */
export function serverRssMb(pid: number): number {
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

/** The server's peak resident memory, sampled every second until `stop()`. */
export function sampleRss(pid: number): { peak: () => number; stop: () => void } {
  let peak = serverRssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, serverRssMb(pid))), 1000);
  onCleanup(() => clearInterval(timer));
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/** The commit measured and how many files under the served sources differ from it. */
export function commitOf(): { head: string; dirty: number } {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], {
    cwd: repo,
    encoding: "utf8",
  }).stdout.trim();
  const dirty = spawnSync("git", ["status", "--porcelain", "--", "apps/web", "packages", "prisma"], {
    cwd: repo,
    encoding: "utf8",
  })
    .stdout.split("\n")
    .filter(Boolean).length;
  return { head, dirty };
}

/** The machine section of a results file. */
export function machineSection(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown";
  return `## Machine

- ${osType()} ${release()}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory
  (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} at the end
- Node ${process.version}; Next.js production server (\`next start\`), PostgreSQL 15 throwaway cluster
  (fsync off), load generator (autocannon) in the same machine, all on 127.0.0.1
`;
}

/**
 * Formats and writes a results file, and returns its text: to `out` when given, else to the
 * benchmark's results.md, or to bench/tmp/ when only some targets ran (a partial run must not
 * replace the recorded results).
 */
export async function writeResults(
  md: string,
  benchDir: string,
  { out, only }: { out?: string; only?: string },
) {
  const file =
    out ??
    (only ? join(repo, "bench", "tmp", `${basename(benchDir)}-only.md`) : join(benchDir, "results.md"));
  const formatted = await format(md, { ...(await resolveConfig(file)), filepath: file });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, formatted);
  log(`results written to ${file}`);
  return formatted;
}

export const fmtMs = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : "–");
export const verdictOf = (met: boolean) => (met ? "met" : "**missed**");
