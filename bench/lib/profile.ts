/**
 * Where a server's time and memory went, from what lib/server-probe.cjs wrote: a V8 CPU profile of
 * the main thread (the format of `.cpuprofile` files) and one memory line per second. Pure: the
 * benchmarks read the files and print these summaries beside their figures.
 */

export interface TCallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** Where a frame of a bundled or compiled script came from, read from its source map. */
export interface TOriginal {
  source: string;
  line: number;
  name?: string;
}

/** Maps a frame back to its original source; undefined when the script has no map. */
export type TResolveFrame = (frame: TCallFrame) => TOriginal | undefined;

/** The parts of a V8 `.cpuprofile` that are read here. */
export interface TCpuProfile {
  nodes: { id: number; callFrame: TCallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

export interface TProfileSummary {
  /** Wall time covered by the samples, ms. */
  totalMs: number;
  /** Time the main thread waited with nothing to run (the database, the network), ms. */
  idleMs: number;
  /** Busy time by where the code comes from, largest first, ms. */
  areas: { area: string; ms: number }[];
  /** The functions with the most self time, largest first. */
  top: { name: string; where: string; area: string; ms: number }[];
}

const SPECIAL: Record<string, string> = {
  "(garbage collector)": "garbage collection",
  "(program)": "V8 and native code",
  "(root)": "V8 and native code",
};

/** The part of the server an original source file belongs to, from its path. */
export function areaOfSource(source: string): string {
  const path = source.replace(/^webpack:\/\/next\/\.?\/?/, "node_modules/next/");
  if (/(^|\/)compiled\/(react|react-dom|react-is|react-server-dom[^/]*)\//.test(path)) return "React";
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
  if (pkg) {
    if (pkg === "next") return "Next.js";
    if (pkg.startsWith("@prisma/") || pkg === "prisma" || pkg === "pglite-prisma-adapter") return "Prisma";
    if (pkg === "pg" || pkg.startsWith("pg-")) return "PostgreSQL driver (pg)";
    return pkg;
  }
  if (path.startsWith("node:")) return "Node.js";
  const own = /(?:^|\/)(apps\/web|packages\/[^/]+)\//.exec(path)?.[1];
  if (own) return `Stackvend: ${own}`;
  return "other";
}

/** The part of the server a frame belongs to: its original source's, else its script's. */
export function areaOf(frame: TCallFrame, original?: TOriginal): string {
  const special = SPECIAL[frame.functionName];
  if (special) return special;
  if (original) return areaOfSource(original.source);
  if (frame.url === "") return "JavaScript built-ins";
  return areaOfSource(frame.url.replace(/^file:\/\//, ""));
}

function shortWhere(frame: TCallFrame, original?: TOriginal): string {
  if (original) return `${shortPath(original.source)}:${original.line}`;
  if (frame.url === "") return "";
  return `${shortPath(frame.url.replace(/^file:\/\//, ""))}:${frame.lineNumber + 1}`;
}

/** A path from its package or its workspace on. */
function shortPath(path: string): string {
  const cut = path.lastIndexOf("node_modules/");
  if (cut >= 0) return path.slice(cut + "node_modules/".length);
  const next = /^webpack:\/\/next\/\.?\/?/.exec(path);
  if (next) return `next/${path.slice(next[0].length)}`;
  const own = /(?:^|\/)((?:apps|packages)\/.*)$/.exec(path);
  return own ? own[1]! : path;
}

/** Self time of every function, grouped by area; the sample before each delta takes it, as DevTools does. */
export function summarizeProfile(
  profile: TCpuProfile,
  { topN = 8, resolve }: { topN?: number; resolve?: TResolveFrame } = {},
): TProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfMs = new Map<number, number>();
  let totalMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (ms <= 0) continue;
    totalMs += ms;
    const id = profile.samples[i]!;
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
  }
  let idleMs = 0;
  const areas = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; area: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id);
    if (!frame) continue;
    if (frame.functionName === "(idle)") {
      idleMs += ms;
      continue;
    }
    const original = SPECIAL[frame.functionName] ? undefined : resolve?.(frame);
    const area = areaOf(frame, original);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const name = original?.name ?? (frame.functionName || "(anonymous)");
    const where = shortWhere(frame, original);
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? { name, where, area, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  return {
    totalMs,
    idleMs,
    areas: [...areas].map(([area, ms]) => ({ area, ms })).sort((a, b) => b.ms - a.ms),
    top: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, topN),
  };
}

/** One sample of lib/server-probe.cjs's memory.jsonl, in MB. */
export interface TMemorySample {
  t: number;
  pid: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, number>;
}

export function parseMemoryLines(text: string): TMemorySample[] {
  return text
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as TMemorySample];
      } catch {
        return []; // a line cut short by the server's exit
      }
    });
}

/** Each Node process's sample at its own resident peak, and how long it was sampled, in the order the processes started. */
export function memoryPeaks(samples: TMemorySample[]): (TMemorySample & { sampled: number })[] {
  const peaks = new Map<number, TMemorySample & { sampled: number }>();
  for (const s of samples) {
    const seen = peaks.get(s.pid);
    const sampled = Math.max(seen?.sampled ?? 0, s.t);
    peaks.set(s.pid, !seen || s.rss > seen.rss ? { ...s, sampled } : { ...seen, sampled });
  }
  return [...peaks.values()];
}

const pct = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)} %` : "–");

/** A results section: per profiled target, where its busy time went, and the processes' memory at their peaks. */
export function profileSection(
  profiles: { key: string; label: string; floor?: string; summary: TProfileSummary; requests: number }[],
  memory: TMemorySample[],
  seconds: number,
): string {
  const lines: string[] = [
    `## Where the time goes

CPU profiles of the server's main thread, taken over the last ${seconds} s of each target's warm-up (the
measured window runs unprofiled). Busy is the share of that window the thread ran JavaScript or V8;
the rest it waited, mostly on PostgreSQL. When the thread is busy nearly all the time, the server is
bound by its CPU and a page's latency and throughput against its floor follow its CPU per request
against the floor's. Areas split the busy time by where the running code comes from, read from the
source maps of Next's runtime and of the app's bundle; the functions are those with the most self time.
`,
  ];
  const busyPerRequest = new Map(
    profiles.map((p) => [p.key, p.requests > 0 ? (p.summary.totalMs - p.summary.idleMs) / p.requests : NaN]),
  );
  for (const { key, label, floor, summary, requests } of profiles) {
    const busy = summary.totalMs - summary.idleMs;
    const own = busyPerRequest.get(key)!;
    const floorOwn = floor ? busyPerRequest.get(floor) : undefined;
    const versus =
      floorOwn !== undefined && Number.isFinite(floorOwn) && floorOwn > 0
        ? `, ${(own / floorOwn).toFixed(2)}× its floor's ${floorOwn.toFixed(1)} ms`
        : "";
    const perRequest =
      requests > 0 ? ` (${own.toFixed(1)} ms busy per request over ${requests} requests${versus})` : "";
    lines.push(`### ${label}

Busy ${pct(busy, summary.totalMs)} of ${(summary.totalMs / 1000).toFixed(1)} s${perRequest}: ${summary.areas
      .slice(0, 6)
      .map((a) => `${a.area} ${pct(a.ms, busy)}`)
      .join(", ")}.

| function | where | area | self ms | of busy |
| --- | --- | --- | ---: | ---: |
${summary.top.map((f) => `| \`${f.name}\` | ${f.where ? `\`${f.where}\`` : "–"} | ${f.area} | ${f.ms.toFixed(0)} | ${pct(f.ms, busy)} |`).join("\n")}
`);
  }
  const peaks = memoryPeaks(memory);
  if (peaks.length > 0) {
    lines.push(`### Memory at each process's peak

Sampled every second inside each Node process of the server, in the order they started (MB; a
benchmark that starts a fresh server has one row per server). Resident memory beyond the V8 heap and
the buffers is native: code, the engines' own allocations, and what the allocator keeps.

| process | sampled for s | peak at s | resident | V8 heap used / total | external | of which buffers | code space | large objects |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${peaks
  .map(
    (p) =>
      `| pid ${p.pid} | ${p.sampled} | ${p.t} | ${p.rss} | ${p.heapUsed} / ${p.heapTotal} | ${p.external} | ${p.arrayBuffers} | ${p.spaces.code_space ?? "–"} | ${p.spaces.large_object_space ?? "–"} |`,
  )
  .join("\n")}
`);
  }
  return lines.join("\n");
}
