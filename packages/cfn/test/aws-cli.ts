import { spawnSync } from "node:child_process";

/** Runs a command in bash with `aws` replaced by a function that prints each argument it got. */
export function argumentsOf(script: string, env: Record<string, string> = {}): string[] {
  const run = spawnSync("bash", ["-c", `aws() { printf '%s\\0' "$@"; }\n${script}`], {
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", ...env },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.split("\0").slice(0, -1);
}

/** Each `aws …` call a script makes, as its list of arguments. */
export function callsOf(script: string, env: Record<string, string> = {}): string[][] {
  const run = spawnSync("bash", ["-c", `aws() { printf '%s\\0' "$@"; printf '\\n'; }\n${script}`], {
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", ...env },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout
    .split("\0\n")
    .slice(0, -1)
    .map((call) => call.split("\0"));
}

/** The AWS CLI shorthand `A="x",B="y"` an export writes, decoded. */
export function shorthand(arg: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of arg.matchAll(/(\w+)=(?:"((?:\\.|[^"\\])*)"|([^,"]*))(?:,|$)/g)) {
    out[match[1]!] = match[2] === undefined ? match[3]! : match[2].replace(/\\(.)/g, "$1");
  }
  return out;
}

/** The arguments after `flag` up to the next flag. */
export function after(args: string[], flag: string): string[] {
  const start = args.indexOf(flag);
  if (start < 0) return [];
  const end = args.findIndex((a, i) => i > start && a.startsWith("--"));
  return args.slice(start + 1, end < 0 ? undefined : end);
}
