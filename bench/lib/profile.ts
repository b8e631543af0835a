/**
 * Where a server's time and memory went, from what lib/server-probe.cjs wrote: a V8 CPU profile of
 * the main thread (the format of `.cpuprofile` files) and one memory line per second. Pure: the
 * benchmarks read the files and print these summaries beside their figures.
 */

interface TCallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

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

/** The part of the server a frame belongs to, from its script's path. */
export function areaOf(frame: TCallFrame): string {
  const special = SPECIAL[frame.functionName];
  if (special) return special;
  const url = frame.url;
  if (url === "") return "JavaScript built-ins";
  if (url.startsWith("node:")) return "Node.js";
  if (/node_modules\/next\/dist\/compiled\/(next-server|react|react-dom|react-server-dom)/.test(url)) {
    return "React rendering (Next's compiled React)";
  }
  if (/node_modules\/next\//.test(url)) return "Next.js server";
  if (
    /node_modules\/(@prisma|\.prisma|prisma|pglite-prisma-adapter)\//.test(url) ||
    /\/generated\//.test(url)
  ) {
    return "Prisma";
  }
  if (/node_modules\/pg(-[a-z-]+)?\//.test(url)) return "PostgreSQL driver (pg)";
  if (/\.next[^/]*\/server\//.test(url)) {
    // Turbopack names a chunk after the modules in it: a library's carry its path.
    return /node_modules_/.test(url) ? "app bundle: libraries" : "app bundle: Stackvend's code";
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return pkg ? `library: ${pkg[1]}` : "other";
}

function shortWhere(frame: TCallFrame): string {
  if (frame.url === "") return "";
  const url = frame.url.replace(/^file:\/\//, "");
  const cut = url.lastIndexOf("node_modules/");
  const path = cut >= 0 ? url.slice(cut + "node_modules/".length) : (url.split("/.next").pop() ?? url);
  return `${path}:${frame.lineNumber + 1}`;
}

/** Self time of every function, grouped by area; the sample before each delta takes it, as DevTools does. */
export function summarizeProfile(profile: TCpuProfile, topN = 8): TProfileSummary {
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
    const area = areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const name = frame.functionName || "(anonymous)";
    const where = shortWhere(frame);
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

/** Each Node process's sample at its own resident peak: where that process's memory was. */
export function memoryPeaks(samples: TMemorySample[]): TMemorySample[] {
  const peaks = new Map<number, TMemorySample>();
  for (const s of samples) {
    const seen = peaks.get(s.pid);
    if (!seen || s.rss > seen.rss) peaks.set(s.pid, s);
  }
  return [...peaks.values()].sort((a, b) => b.rss - a.rss);
}

const pct = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)} %` : "–");

/** A results section: per profiled target, where its busy time went, and the processes' memory at their peaks. */
export function profileSection(
  profiles: { label: string; summary: TProfileSummary; requests: number }[],
  memory: TMemorySample[],
  seconds: number,
): string {
  const lines: string[] = [
    `## Where the time goes

CPU profiles of the server's main thread, taken over the last ${seconds} s of each target's warm-up (the
measured window runs unprofiled). Busy is the share of that window the thread ran JavaScript or V8;
the rest it waited, mostly on PostgreSQL. Areas split the busy time by where the running code comes
from; the functions are those with the most self time.
`,
  ];
  for (const { label, summary, requests } of profiles) {
    const busy = summary.totalMs - summary.idleMs;
    const perRequest =
      requests > 0 ? ` (${(busy / requests).toFixed(1)} ms busy per request over ${requests} requests)` : "";
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

Sampled every second inside each Node process of the server (MB). Resident memory beyond the V8
heap and the buffers is native: code, the engines' own allocations, and what the allocator keeps.

| process | at s | resident | V8 heap used / total | external | of which buffers | code space | large objects |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${peaks
  .map(
    (p, i) =>
      `| ${i === 0 ? "server" : `child ${i}`} (pid ${p.pid}) | ${p.t} | ${p.rss} | ${p.heapUsed} / ${p.heapTotal} | ${p.external} | ${p.arrayBuffers} | ${p.spaces.code_space ?? "–"} | ${p.spaces.large_object_space ?? "–"} |`,
  )
  .join("\n")}
`);
  }
  return lines.join("\n");
}
