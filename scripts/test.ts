// `npm test`: the whole suite. Lint, types, unit and integration tests (on a
// real PostgreSQL: DATABASE_URL, or a throwaway cluster started here), the
// production build, then the browser journeys. Ends with one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startThrowawayCluster } from "@stackvend/db/testing";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const REPORT = "test-results/vitest.json";
const WORKSPACES = ["packages/cfn", "packages/db", "packages/auth", "packages/api", "apps/web"];
const E2E_REPORT = path.join(root, "e2e", "test-results", "report.json");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};

function run(label: string, command: string, args: string[], cwd = root): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  if (result.status !== 0) console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

interface TCounts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(): TCounts {
  const total: TCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const ws of WORKSPACES) {
    const file = path.join(root, ws, REPORT);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + r.numTodoTests;
  }
  return total;
}

function playwrightCounts(): TCounts {
  if (!existsSync(E2E_REPORT)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(E2E_REPORT, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

let cluster: Awaited<ReturnType<typeof startThrowawayCluster>> | undefined;
if (!env.DATABASE_URL) {
  console.log("DATABASE_URL is not set: starting a throwaway PostgreSQL cluster for the tests.");
  cluster = await startThrowawayCluster();
  env.DATABASE_URL = cluster.url;
}

for (const ws of WORKSPACES) rmSync(path.join(root, ws, REPORT), { force: true });
rmSync(E2E_REPORT, { force: true });

let ok = true;
try {
  ok = run("Formatting", bin("prettier"), ["--check", "--log-level=warn", "."]) && ok;
  ok = run("Workspace dependencies", bin("sherif"), []) && ok;
  ok = run("Benchmark types", bin("tsc"), ["--noEmit", "-p", "bench"]) && ok;
  ok =
    run("Lint, types and build", bin("turbo"), [
      "run",
      "lint",
      "typecheck",
      "build",
      "--continue",
      "--output-logs=errors-only",
      "--concurrency=2",
    ]) && ok;
  ok =
    run("Unit and integration tests", bin("turbo"), [
      "run",
      "test",
      "--continue",
      "--concurrency=1",
      "--",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${REPORT}`,
    ]) && ok;
  if (ok) ok = run("Browser journeys", bin("playwright"), ["test"], path.join(root, "e2e")) && ok;
  else console.error("Skipping the browser journeys: an earlier step failed.");
} finally {
  await cluster?.stop();
}

const unit = vitestCounts();
const e2e = playwrightCounts();
console.log(`\nunit+integration: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`browser journeys: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
const failed = unit.failed + e2e.failed + (ok ? 0 : 1);
console.log(
  `Tests: ${unit.passed + e2e.passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`,
);
process.exit(ok && failed === 0 ? 0 : 1);
