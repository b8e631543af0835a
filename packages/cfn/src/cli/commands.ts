/**
 * The commands: each takes its parsed arguments and the io, writes its
 * output and returns an exit code. Argument parsing stays in run-cli.ts.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { estimateMonthlyCost } from "../cost/index.ts";
import { diffTemplates } from "../diff/index.ts";
import { buildResourceGraph } from "../graph/index.ts";
import { buildFormModel } from "../parameters/index.ts";
import { renderTemplate } from "../render/index.ts";
import { validateTemplate } from "../validate/index.ts";
import { formatDiff, formatFinding } from "./format.ts";
import { EXIT_FINDINGS, EXIT_OK, type TCliIo } from "./io.ts";
import { asFormValues, loadJsonObject, loadTemplateFile, parseSource, readSource } from "./load.ts";

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function checkCommand(io: TCliIo, file: string, asJson: boolean): number {
  const findings = validateTemplate(loadTemplateFile(io, file));
  if (asJson) io.stdout(json(findings));
  else for (const f of findings) io.stdout(`${formatFinding(file, f)}\n`);
  return findings.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

export function formCommand(io: TCliIo, file: string): number {
  const model = buildFormModel(loadTemplateFile(io, file));
  if (!model.ok) {
    for (const f of model.errors) io.stderr(`${formatFinding(file, f)}\n`);
    return EXIT_FINDINGS;
  }
  io.stdout(json(model.value));
  return EXIT_OK;
}

export interface TRenderArgs {
  file: string;
  values: string;
  tags?: string;
  stackName?: string;
  format: "yaml" | "json";
}

export function renderCommand(io: TCliIo, args: TRenderArgs): number {
  const source = readSource(io, args.file);
  const template = parseSource(args.file, source);
  const values = asFormValues(loadJsonObject(io, args.values, "values"));
  const tags = args.tags ? loadJsonObject(io, args.tags, "tags") : undefined;
  const result = renderTemplate({
    template,
    values,
    ...(tags
      ? {
          tags: Object.fromEntries(
            Object.entries(tags).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
          ),
        }
      : {}),
    ...(args.stackName ? { stackName: args.stackName } : {}),
    provenance: {
      product: basename(args.file),
      productVersion: "local",
      versionDigest: `sha256:${createHash("sha256").update(source).digest("hex")}`,
    },
  });
  if (!result.ok) {
    for (const f of result.errors) io.stderr(`${f.path.join(".") || args.file}: ${f.message} (${f.id})\n`);
    return EXIT_FINDINGS;
  }
  for (const note of result.value.notes) io.stderr(`note: ${note.message}\n`);
  io.stdout(args.format === "json" ? result.value.json : result.value.yaml);
  return EXIT_OK;
}

export function diffCommand(io: TCliIo, oldFile: string, newFile: string, asJson: boolean): number {
  const d = diffTemplates(loadTemplateFile(io, oldFile), loadTemplateFile(io, newFile));
  io.stdout(asJson ? json(d) : formatDiff(d));
  return EXIT_OK;
}

export function graphCommand(io: TCliIo, file: string, includeParameters: boolean): number {
  io.stdout(json(buildResourceGraph(loadTemplateFile(io, file), { includeParameters })));
  return EXIT_OK;
}

export function costCommand(io: TCliIo, file: string, valuesFile: string | undefined): number {
  const template = loadTemplateFile(io, file);
  const values = valuesFile ? loadJsonObject(io, valuesFile, "values") : {};
  io.stdout(json(estimateMonthlyCost(template, values)));
  return EXIT_OK;
}
