/** Reading and parsing the files commands are given; any failure here is exit code 2. */
import type { TJson, TJsonObject, TTemplate } from "../model.ts";
import { parseTemplate } from "../parse/index.ts";
import { formatFinding } from "./format.ts";
import { CliExit, EXIT_USAGE, type TCliIo } from "./io.ts";

export function readSource(io: TCliIo, file: string): string {
  try {
    return io.readText(file);
  } catch (error) {
    throw new CliExit(
      EXIT_USAGE,
      `${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

export function loadTemplateFile(io: TCliIo, file: string): TTemplate {
  return parseSource(file, readSource(io, file));
}

export function parseSource(file: string, source: string): TTemplate {
  const result = parseTemplate(source);
  if (!result.ok) throw new CliExit(EXIT_USAGE, result.errors.map((f) => formatFinding(file, f)).join("\n"));
  return result.value;
}

/** A JSON object file such as parameter values or tags. */
export function loadJsonObject(io: TCliIo, file: string, what: string): TJsonObject {
  let value: TJson;
  try {
    value = JSON.parse(readSource(io, file)) as TJson;
  } catch (error) {
    if (error instanceof CliExit) throw error;
    throw new CliExit(EXIT_USAGE, `${file}: ${what} must be JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CliExit(EXIT_USAGE, `${file}: ${what} must be a JSON object`);
  }
  return value;
}

/** Form values are text: numbers and booleans in a values file are taken as their text. */
export function asFormValues(values: TJsonObject): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    if (Array.isArray(v)) out[k] = v.map((x) => (typeof x === "string" ? x : JSON.stringify(x)));
    else out[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return out;
}
