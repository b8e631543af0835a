/** Text output in the shape editors and CI annotate: `file:line:col severity id message`. */
import type { TFinding } from "../model.ts";
import type { TTemplateDiff } from "../diff/index.ts";

export function formatFinding(file: string, f: TFinding): string {
  const at = f.position
    ? `${file}:${f.position.line}:${f.position.column}`
    : `${file}:${f.path.length ? f.path.join(".") : "-"}`;
  return `${at} ${f.severity} ${f.id} ${f.message}`;
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

/** A change-set-like summary: one line per resource, indented property changes. */
export function formatDiff(d: TTemplateDiff): string {
  if (d.unchanged) return "No changes.\n";
  const lines: string[] = [];
  for (const r of d.resources.added) lines.push(`+ ${r.logicalId} (${r.type}) added`);
  for (const r of d.resources.removed)
    lines.push(
      `- ${r.logicalId} (${r.type}) removed${r.deletionPolicy ? ` (DeletionPolicy ${r.deletionPolicy}: kept in the account)` : ""}`,
    );
  for (const r of d.resources.modified) {
    lines.push(`~ ${r.logicalId} (${r.type}) modified: ${r.impact}${r.stateful ? " (holds data)" : ""}`);
    for (const c of r.changes)
      lines.push(`    ${c.path.join(".")}: ${show(c.old)} -> ${show(c.new)} [${c.impact}]`);
  }
  for (const [label, part] of [
    ["parameter", d.parameters],
    ["output", d.outputs],
  ] as const) {
    for (const n of part.added) lines.push(`+ ${label} ${n} added`);
    for (const n of part.removed) lines.push(`- ${label} ${n} removed`);
    for (const c of part.changed) {
      lines.push(`~ ${label} ${c.name} changed`);
      for (const f of c.changes) lines.push(`    ${f.field}: ${show(f.old)} -> ${show(f.new)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
