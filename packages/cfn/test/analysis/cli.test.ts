/**
 * The command line, spawned the way a user runs it (the JS launcher under
 * bin/, from the repository root and from an unrelated directory), plus a
 * few in-process runs for the argument handling.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.ts";
import { OWN_FIXTURES, PACKAGE_DIR, REPO_DIR } from "./helpers.ts";

const BIN = join(PACKAGE_DIR, "bin", "stackvend-cfn.cjs");
const WEB = join(OWN_FIXTURES, "clean", "web-stack.yaml");
const CYCLE = join(OWN_FIXTURES, "defects", "SV-E3004.yaml");
const scratch = mkdtempSync(join(tmpdir(), "stackvend-cfn-cli-"));

function cli(args: string[], cwd = REPO_DIR): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scratchFile(name: string, content: string): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe("stackvend-cfn (spawned)", { timeout: 120_000 }, () => {
  it("check: clean template exits 0 from the repository root", () => {
    const r = cli(["check", WEB]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
  });

  it("check: errors print file:line:col severity id message and exit 1, from another directory", () => {
    const r = cli(["check", CYCLE], tmpdir());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${CYCLE}:2:3 error SV-E3004 Circular dependency: Queue -> DeadLetters -> Queue\n`);
  });

  it("check: unreadable or unparsable files exit 2", () => {
    expect(cli(["check", join(scratch, "missing.yaml")]).code).toBe(2);
    const bad = cli(["check", scratchFile("bad.yaml", "Resources: [\n")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:\d+:\d+ error SV-PARSE/);
  });

  it("check --json prints findings as JSON", () => {
    const r = cli(["check", CYCLE, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([
      { id: "SV-E3004", position: { line: 2, column: 3 }, cfnLintRule: "E3004" },
    ]);
  });

  it("render: valid values print the template; invalid values print field errors and exit 1", () => {
    const good = scratchFile(
      "good.json",
      JSON.stringify({ DbPassword: "correct-horse", Subnets: ["subnet-12345678"] }),
    );
    const r = cli(["render", WEB, "--values", good, "--stack-name", "web", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).Metadata.Stackvend.stackName).toBe("web");
    const bad = cli([
      "render",
      WEB,
      "--values",
      scratchFile("bad.json", JSON.stringify({ Environment: "staging" })),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Parameters.Environment");
    expect(bad.stdout).toBe("");
  });

  it("form, graph, cost and diff print JSON", () => {
    expect(JSON.parse(cli(["form", WEB]).stdout).fields.length).toBeGreaterThan(3);
    expect(JSON.parse(cli(["graph", WEB]).stdout).nodes).toHaveLength(10);
    const cost = JSON.parse(
      cli(["cost", WEB, "--values", scratchFile("prod.json", '{"Environment":"prod"}')]).stdout,
    );
    expect(cost).toMatchObject({ currency: "USD", totalMonthly: 92.34 });
    const diff = cli([
      "diff",
      join(OWN_FIXTURES, "diff", "update", "old.yaml"),
      join(OWN_FIXTURES, "diff", "update", "new.yaml"),
      "--json",
    ]);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout).resources.modified).toHaveLength(3);
  });

  it("--help works for every command", () => {
    for (const command of ["check", "form", "render", "diff", "graph", "cost"]) {
      const r = cli([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toContain(`stackvend-cfn ${command}`);
    }
  });
});

describe("runCli (in-process)", () => {
  const io = () => {
    const out = { stdout: "", stderr: "" };
    return {
      out,
      io: {
        readText: () => {
          throw Object.assign(new Error("nope"), { code: "ENOENT" });
        },
        stdout: (t: string) => void (out.stdout += t),
        stderr: (t: string) => void (out.stderr += t),
      },
    };
  };

  it("rejects unknown commands, unknown options and missing arguments with exit 2", () => {
    for (const argv of [
      ["explode"],
      ["check"],
      ["check", "a", "b"],
      ["check", "a", "--nope"],
      ["render", "a"],
      ["render", "a", "--values", "v", "--format", "xml"],
      [],
    ]) {
      const { io: fake, out } = io();
      expect(runCli(argv, fake), argv.join(" ")).toBe(2);
      expect(out.stderr + out.stdout).toMatch(/Usage|required|must be/);
    }
  });

  it("prints the overview for --help", () => {
    const { io: fake, out } = io();
    expect(runCli(["--help"], fake)).toBe(0);
    expect(out.stdout).toContain("Commands:");
  });

  it("reports an unreadable values file as exit 2", () => {
    const { out } = io();
    const code = runCli(["cost", WEB, "--values", "missing.json"], {
      readText: (p) => {
        if (p === WEB) return "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n";
        throw Object.assign(new Error("nope"), { code: "ENOENT" });
      },
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
    });
    expect(code).toBe(2);
    expect(out.stderr).toContain("missing.json: cannot read file (ENOENT)");
  });
});
