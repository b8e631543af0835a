/**
 * CloudFormation matches AllowedPattern against the whole value (Java's
 * `matches`), while a JavaScript RegExp finds a match anywhere; wrapping in
 * `^(?:…)$` gives the CloudFormation meaning. Undefined when the pattern uses
 * Java syntax JavaScript cannot compile; the check is then left to
 * CloudFormation rather than failing every value.
 */
const cache = new Map<string, RegExp | undefined>();

export function anchoredPattern(pattern: string): RegExp | undefined {
  if (cache.has(pattern)) return cache.get(pattern);
  let compiled: RegExp | undefined;
  try {
    compiled = new RegExp(`^(?:${pattern})$`);
  } catch {
    compiled = undefined;
  }
  if (cache.size > 500) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}
