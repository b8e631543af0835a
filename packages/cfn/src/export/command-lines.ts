import type { TDeployParameter } from "./deploy-values.ts";
import { shellQuote, shorthandValue } from "./shell-quote.ts";

/** Lines of one command joined with backslash continuations, so it pastes as one command. */
export function command(lines: string[]): string {
  return lines.map((line, i) => (i < lines.length - 1 ? `${line} \\` : line)).join("\n");
}

export function sortedTags(tags: Readonly<Record<string, string>>): [string, string][] {
  return Object.keys(tags)
    .sort()
    .map((key) => [key, tags[key] as string]);
}

/** Fails the script before the AWS CLI runs when a NoEcho value was not given. */
export function requireEnv(parameter: TDeployParameter): string[] {
  if (!parameter.secret) return [];
  return [`: "\${${parameter.envVar}:?set ${parameter.envVar} to the value of ${parameter.name}}"`];
}

/**
 * The shorthand syntax reads `\"` and `\\` inside a quoted value, so a NoEcho
 * value is escaped in bash before the CLI sees it; quoted replacements are
 * literal in every bash version.
 */
function shorthandEscape(parameter: TDeployParameter): string[] {
  if (!parameter.secret) return [];
  const v = `${parameter.envVar}_SHORTHAND`;
  return [`${v}=\${${parameter.envVar}//"$sv_bs"/"$sv_bs$sv_bs"}`, `${v}=\${${v}//"$sv_q"/"$sv_bs$sv_q"}`];
}

/** What runs before a command that passes NoEcho values in shorthand: the checks and the escaping. */
export function shorthandPrelude(parameters: readonly TDeployParameter[]): string[] {
  const escapes = parameters.flatMap(shorthandEscape);
  const prelude = escapes.length > 0 ? [`sv_bs='\\' sv_q='"'`, ...escapes] : [];
  return [...parameters.flatMap(requireEnv), ...prelude];
}

/** One `--parameters` item in shorthand; a NoEcho value comes from its escaped environment variable. */
export function shorthandParameter(p: TDeployParameter): string {
  return p.secret
    ? `    "ParameterKey=${p.name},ParameterValue=\\"$${p.envVar}_SHORTHAND\\""`
    : `    ${shellQuote(`ParameterKey=${p.name},ParameterValue=${shorthandValue(p.value)}`)}`;
}

/** `--tags` in the shorthand of create-stack, update-stack and create-change-set. */
export function shorthandTags(tags: Readonly<Record<string, string>>): string[] {
  const sorted = sortedTags(tags);
  if (sorted.length === 0) return [];
  return [
    "  --tags",
    ...sorted.map(
      ([key, value]) => `    ${shellQuote(`Key=${shorthandValue(key)},Value=${shorthandValue(value)}`)}`,
    ),
  ];
}
