// Loaded into the benchmarked server (`--probe DIR` of a page benchmark, through
// NODE_OPTIONS=--require): the server's own view of where its time and memory go.
//
// - Every second, one JSON line in DIR/memory.jsonl: process.memoryUsage()
//   (rss, heapTotal, heapUsed, external, arrayBuffers) and the V8 heap spaces'
//   used sizes, in MB, so a peak can be told apart as heap, buffers or native.
// - SIGUSR2 starts a CPU profile of the main thread; the next SIGUSR2 writes it
//   to DIR/NAME.cpuprofile, NAME from DIR/profile-name when the benchmark wrote
//   one, else cpu-N (open it in Chrome's DevTools). `--cpu-prof` is
//   refused in NODE_OPTIONS on Node 20; an inspector session is not.
"use strict";
const { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { Session } = require("node:inspector");
const { join } = require("node:path");
const v8 = require("node:v8");

const dir = process.env.STACKVEND_BENCH_PROBE_DIR;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const mb = (bytes) => Math.round(bytes / 2 ** 20);
  const started = Date.now();
  const memoryFile = join(dir, "memory.jsonl");
  setInterval(() => {
    const usage = process.memoryUsage();
    const spaces = Object.fromEntries(
      v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]),
    );
    const line = { t: Math.round((Date.now() - started) / 1000), pid: process.pid, spaces };
    for (const [key, value] of Object.entries(usage)) line[key] = mb(value);
    appendFileSync(memoryFile, `${JSON.stringify(line)}\n`);
  }, 1000).unref();

  const session = new Session();
  session.connect();
  let profiling = false;
  let count = 0;
  process.on("SIGUSR2", () => {
    if (!profiling) {
      session.post("Profiler.enable", () => session.post("Profiler.start"));
      profiling = true;
      return;
    }
    let name = `cpu-${++count}`;
    try {
      name = readFileSync(join(dir, "profile-name"), "utf8").trim() || name;
    } catch {
      // no name given
    }
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      // Written whole, then renamed: a file under the profile's name is always complete.
      const file = join(dir, `${name}.cpuprofile`);
      writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
      renameSync(`${file}.tmp`, file);
    });
    profiling = false;
  });
}
