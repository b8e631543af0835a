/** Shared fixture locations and loaders for the analysis tests. */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTemplate } from "../../src/parse/index.ts";
import type { TTemplate } from "../../src/model.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = resolve(here, "../..");
export const REPO_DIR = resolve(PACKAGE_DIR, "../..");
export const OWN_FIXTURES = join(PACKAGE_DIR, "fixtures-analysis");

/** The shared public templates live beside the repository, not in it; CI always has them, a user's clone may not. */
export const SHARED_FIXTURES =
  process.env.STACKVEND_FIXTURES_DIR ?? resolve(REPO_DIR, "../shared/fixtures/cfn");
export const HAS_SHARED_FIXTURES = existsSync(SHARED_FIXTURES);

export function templateFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && f !== "expected.json")
    .sort()
    .map((f) => join(dir, f));
}

export function parseText(source: string): TTemplate {
  const result = parseTemplate(source);
  if (!result.ok)
    throw new Error(`fixture does not parse: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.value;
}

export function loadTemplate(file: string): TTemplate {
  return parseText(readFileSync(file, "utf8"));
}

export function skipNotice(what: string, reason: string): void {
  console.warn(`SKIPPED ${what}: ${reason}`);
}
