import { Lexer } from "yaml";

/**
 * Deepest nesting of YAML flow collections (`[`/`{`), measured with the
 * library's lexer, which is linear and keeps no tree. The composer recurses
 * per level, so a megabyte of `[` would exhaust memory there; measuring first
 * lets such input be refused cheaply. Text with fewer brackets than the limit
 * cannot exceed it and skips the lexer.
 */
export function exceedsFlowDepth(source: string, maxDepth: number): boolean {
  let brackets = 0;
  for (let i = 0; i < source.length && brackets <= maxDepth; i++) {
    const c = source.charCodeAt(i);
    if (c === 91 || c === 123) brackets++;
  }
  if (brackets <= maxDepth) return false;
  let depth = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === "[" || token === "{") {
      if (++depth > maxDepth) return true;
    } else if (token === "]" || token === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
  return false;
}
