import { Lexer } from "yaml";

/**
 * Deepest nesting of YAML flow collections (`[`/`{`), measured with the
 * library's lexer, which is linear and keeps no tree. The composer recurses
 * per level, so a megabyte of `[` would exhaust memory there; measuring first
 * lets such input be refused cheaply. Text with fewer brackets than the limit
 * cannot exceed it and skips the lexer.
 */
export function exceedsFlowDepth(source: string, maxDepth: number): boolean {
  if (!mayExceedFlowDepth(source, maxDepth)) return false;
  const depth = flowDepthMeter(maxDepth);
  for (const token of new Lexer().lex(source)) {
    if (depth(token)) return true;
  }
  return false;
}

/** False when the text has too few brackets to nest deeper than `maxDepth`: no lexing needed. */
export function mayExceedFlowDepth(source: string, maxDepth: number): boolean {
  let brackets = 0;
  for (let i = 0; i < source.length && brackets <= maxDepth; i++) {
    const c = source.charCodeAt(i);
    if (c === 91 || c === 123) brackets++;
  }
  return brackets > maxDepth;
}

/** Fed the lexer's tokens in order, answers true once flow collections nest deeper than `maxDepth`. */
export function flowDepthMeter(maxDepth: number): (token: string) => boolean {
  let depth = 0;
  return (token) => {
    if (token === "[" || token === "{") return ++depth > maxDepth;
    if (token === "]" || token === "}") depth = Math.max(0, depth - 1);
    return false;
  };
}
