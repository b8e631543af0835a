/**
 * CPU-heavy engine work on large inputs runs on worker threads, so one
 * caller's 1 MB template cannot hold the event loop (and every other request,
 * health checks included) for seconds. Small inputs stay inline: handing a
 * task to a thread costs a few milliseconds. Threads run the prebuilt
 * `@stackvend/cfn/dist/engine-worker.mjs` (Next bundles the app, so the
 * worker must be plain JavaScript on disk); without a current build the work
 * stays inline, so an edited engine is never shadowed by a stale bundle.
 */
import { Piscina } from "piscina";
import {
  PREBUILT_SPEC_FILE,
  preloadSpec,
  renderTemplate,
  reportSource,
  templateFromBody,
  type TAnalyzeOptions,
  type TRenderInput,
  type TRendered,
  type TResult,
  type TSourceReport,
  type TTemplate,
} from "@stackvend/cfn";
import { AppError } from "../../errors/app-error.ts";

/** Sources larger than this (in characters, about bytes) are analysed on a worker thread. */
export const POOLED_SOURCE_CHARS = 256 * 1024;
/** One task longer than this is stopped (its thread is ended) and answered ENGINE_TIMEOUT. */
export const ENGINE_TASK_TIMEOUT_MS = 30_000;
/** Tasks waiting for a thread beyond this are refused at once (ENGINE_BUSY) rather than queued for minutes. */
export const ENGINE_QUEUE_PER_THREAD = 8;
const BUSY_RETRY_SECONDS = 5;

export interface TEnginePoolLimits {
  /** Threads: by default one fewer than the cores, at least one. */
  maxThreads: number;
  queuePerThread: number;
  taskTimeoutMs: number;
}

function defaultLimits(): TEnginePoolLimits {
  return {
    maxThreads: Math.max(1, builtin("node:os").availableParallelism() - 1),
    queuePerThread: ENGINE_QUEUE_PER_THREAD,
    taskTimeoutMs: ENGINE_TASK_TIMEOUT_MS,
  };
}

interface TPoolState {
  pool: Piscina | null;
  limits?: TEnginePoolLimits;
  /** Tasks handed to the pool and not yet settled, running or waiting. */
  inFlight: number;
}

const POOL_KEY = Symbol.for("stackvend.enginePool");
const shared = globalThis as typeof globalThis & { [POOL_KEY]?: TPoolState };

function builtin<T extends "node:fs" | "node:path" | "node:module" | "node:os">(name: T) {
  // Reached at run time, so a bundler neither rewrites the resolution nor tries to follow it.
  return process.getBuiltinModule(name);
}

function newestMtime(dir: string): number {
  const fs = builtin("node:fs");
  const path = builtin("node:path");
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The directory of `@stackvend/cfn`, found from this module and, under a bundle, from the working directory. */
function cfnPackageDir(): string | undefined {
  const path = builtin("node:path");
  const { createRequire } = builtin("node:module");
  const bases = [import.meta.url, path.join(process.cwd(), "package.json")];
  for (const base of bases) {
    try {
      return path.dirname(createRequire(base).resolve("@stackvend/cfn/package.json"));
    } catch {
      // Not resolvable from here (e.g. a bundled chunk's URL): try the next base.
    }
  }
  return undefined;
}

/** The prebuilt worker entry, or undefined when it is missing or older than a source file of the engine. */
export function engineWorkerFile(): string | undefined {
  const fs = builtin("node:fs");
  const path = builtin("node:path");
  const dir = cfnPackageDir();
  if (!dir) return undefined;
  const file = path.join(dir, "dist", "engine-worker.mjs");
  if (!fs.existsSync(file)) return undefined;
  return fs.statSync(file).mtimeMs >= newestMtime(path.join(dir, "src")) ? file : undefined;
}

function enginePool(): Piscina | null {
  const state = poolState();
  if (state.pool) return state.pool;
  const filename = engineWorkerFile();
  if (!filename) return null;
  const { maxThreads } = limits();
  state.pool = new Piscina({
    filename,
    minThreads: 0,
    maxThreads,
    idleTimeout: 60_000,
  });
  return state.pool;
}

function poolState(): TPoolState {
  return (shared[POOL_KEY] ??= { pool: null, inFlight: 0 });
}

function limits(): TEnginePoolLimits {
  return shared[POOL_KEY]?.limits ?? defaultLimits();
}

/**
 * Changes the pool's limits (tests drive the busy and timeout answers with
 * small ones); the running pool is ended first, the next task starts one
 * with these. Without an argument, back to the defaults.
 */
export async function setEnginePoolLimits(next?: Partial<TEnginePoolLimits>): Promise<void> {
  await closeEnginePool();
  const state = poolState();
  state.limits = next ? { ...defaultLimits(), ...next } : undefined;
}

/** Whether large inputs go to worker threads in this process (false: no current prebuilt worker). */
export function enginePoolAvailable(): boolean {
  return enginePool() !== null;
}

/**
 * Has this thread answer from the trimmed resource specification the engine's build wrote beside
 * the worker (a few MB in memory instead of the full database's tens), loaded now rather than by
 * the first request that validates. Only with a current build, as the worker; false otherwise (the
 * engine then loads the full database when first needed).
 */
export function preloadPrebuiltSpec(): boolean {
  const worker = engineWorkerFile();
  if (!worker) return false;
  const path = builtin("node:path");
  const file = path.join(path.dirname(worker), PREBUILT_SPEC_FILE);
  if (!builtin("node:fs").existsSync(file)) return false;
  preloadSpec(file);
  return true;
}

/** Ends the threads (at shutdown and after tests); a later call starts a new pool. */
export async function closeEnginePool(): Promise<void> {
  const state = shared[POOL_KEY];
  const pool = state?.pool;
  if (!state || !pool) return;
  state.pool = null;
  await pool.destroy();
}

function engineError(error: unknown): AppError {
  if (error instanceof Error && error.name === "AbortError") {
    const seconds = Math.max(1, Math.round(limits().taskTimeoutMs / 1000));
    return new AppError("ENGINE_TIMEOUT", `the template took longer than ${seconds} s to analyse`, {
      cause: error,
    });
  }
  return new AppError("INTERNAL", "the template engine failed", { cause: error });
}

function busy(): AppError {
  return new AppError("ENGINE_BUSY", "too many large templates are being analysed; try again shortly", {
    retryAfterSeconds: BUSY_RETRY_SECONDS,
  });
}

/** Whether work on this source goes to a worker thread: it is large and a current worker is built. */
export function pooled(source: string): boolean {
  return source.length > POOLED_SOURCE_CHARS && enginePoolAvailable();
}

async function runOnWorker<T>(name: "report" | "render" | "parse", task: object): Promise<T> {
  const pool = enginePool();
  if (!pool)
    throw new AppError("INTERNAL", "the engine worker is not built (npm run build -w @stackvend/cfn)");
  // Counted here rather than left to the pool's own queue limit, which tasks with a signal bypass.
  const state = poolState();
  const { maxThreads, queuePerThread, taskTimeoutMs } = limits();
  if (state.inFlight >= maxThreads * (1 + queuePerThread)) throw busy();
  state.inFlight++;
  try {
    return (await pool.run(task, { name, signal: AbortSignal.timeout(taskTimeoutMs) })) as T;
  } catch (error) {
    throw engineError(error);
  } finally {
    state.inFlight--;
  }
}

/**
 * A stored (published) source parsed on a worker thread, without source
 * positions; fails when no prebuilt worker is available. The body comes back
 * as JSON text, which this thread reads in a few percent of the parse's time.
 */
export async function parseOnWorker(source: string): Promise<TTemplate> {
  const parsed = await runOnWorker<{ bodyJson: string; format: TTemplate["format"] }>("parse", { source });
  return templateFromBody(JSON.parse(parsed.bodyJson) as TTemplate["body"], parsed.format);
}

/** The report of a source computed on a worker thread; fails when no prebuilt worker is available. */
export function reportOnWorker(source: string, options: TAnalyzeOptions): Promise<TSourceReport> {
  return runOnWorker("report", { source, options });
}

/** The report of a source: on a worker thread when it is large and a worker is built, inline otherwise. */
export function reportTemplateSource(source: string, options: TAnalyzeOptions): Promise<TSourceReport> {
  if (pooled(source)) return reportOnWorker(source, options);
  return Promise.resolve(reportSource(source, options));
}

/** A stored template rendered on a worker thread (which parses `source` itself); fails when no worker is built. */
export function renderOnWorker(
  source: string,
  input: Omit<TRenderInput, "template">,
): Promise<TResult<TRendered>> {
  return runOnWorker("render", { source, input });
}

/**
 * An order's render of a stored template: on a worker thread when the source
 * is large, otherwise inline from `template`, the same source already parsed.
 */
export function renderStoredTemplate(
  source: string,
  template: TTemplate,
  input: Omit<TRenderInput, "template">,
): Promise<TResult<TRendered>> {
  if (pooled(source)) return renderOnWorker(source, input);
  return Promise.resolve(renderTemplate({ ...input, template }));
}
