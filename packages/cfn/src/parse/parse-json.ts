import type { TJson, TJsonObject, TPath } from "../model.ts";
import { ParseAbort, parseFinding } from "./finding.ts";
import type { TLineIndex } from "./line-index.ts";
import type { TPositionNode } from "./position-tree.ts";
import { setOwn } from "./set-own.ts";

/**
 * A strict JSON parser (RFC 8259) that also records where every value starts.
 * `JSON.parse` gives no positions, and parsing JSON as YAML would accept
 * things JSON does not; this keeps JSON semantics exactly, rejects duplicate
 * keys like the YAML path does, and stops at the depth limit before the
 * recursion could exhaust the stack.
 */
export function parseJsonWithPositions(
  source: string,
  lines: TLineIndex,
  maxDepth: number,
): { value: TJson; positions: TPositionNode } {
  let offset = 0;

  const fail = (message: string, path: TPath, at = offset): never => {
    throw new ParseAbort(parseFinding("SV-PARSE-JSON", message, path, lines.positionAt(at)));
  };

  const skipSpace = (): void => {
    for (;;) {
      const c = source.charCodeAt(offset);
      if (c === 32 || c === 9 || c === 10 || c === 13) offset++;
      else return;
    }
  };

  const describe = (at: number): string => (at >= source.length ? "end of input" : `'${source[at]}'`);

  const parseString = (path: TPath): string => {
    const start = offset;
    offset++;
    let out = "";
    let chunk = offset;
    for (;;) {
      if (offset >= source.length) fail("Unterminated string", path, start);
      const c = source.charCodeAt(offset);
      if (c === 34) {
        out += source.slice(chunk, offset);
        offset++;
        return out;
      }
      if (c < 32) fail("Control character in string must be escaped", path);
      if (c !== 92) {
        offset++;
        continue;
      }
      out += source.slice(chunk, offset);
      const escape = source[offset + 1];
      const simple: Record<string, string> = {
        '"': '"',
        "\\": "\\",
        "/": "/",
        b: "\b",
        f: "\f",
        n: "\n",
        r: "\r",
        t: "\t",
      };
      if (escape !== undefined && escape in simple) {
        out += simple[escape];
        offset += 2;
      } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(offset + 2, offset + 6))) {
        out += String.fromCharCode(parseInt(source.slice(offset + 2, offset + 6), 16));
        offset += 6;
      } else {
        fail("Invalid escape sequence in string", path);
      }
      chunk = offset;
    }
  };

  const parseNumber = (path: TPath): number => {
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
    match.lastIndex = offset;
    const found = match.exec(source);
    if (!found) return fail(`Unexpected ${describe(offset)}`, path);
    offset += found[0].length;
    const value = Number(found[0]);
    return Object.is(value, -0) ? 0 : value;
  };

  const parseValue = (path: TPath, depth: number): { value: TJson; node: TPositionNode } => {
    skipSpace();
    const start = offset;
    const node: TPositionNode = { position: lines.positionAt(start) };
    const c = source[offset];
    if (c === "{" || c === "[") {
      if (depth + 1 > maxDepth) {
        throw new ParseAbort(
          parseFinding(
            "SV-PARSE-DEPTH",
            `Template nesting exceeds the limit of ${maxDepth} levels`,
            path,
            node.position,
          ),
        );
      }
      node.children = new Map();
      return {
        value: c === "{" ? parseObject(path, depth + 1, node) : parseArray(path, depth + 1, node),
        node,
      };
    }
    if (c === '"') return { value: parseString(path), node };
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return { value: parseNumber(path), node };
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (source.startsWith(word, offset)) {
        offset += word.length;
        return { value, node };
      }
    }
    return fail(`Unexpected ${describe(offset)}`, path);
  };

  const parseObject = (path: TPath, depth: number, node: TPositionNode): TJsonObject => {
    const result: TJsonObject = {};
    offset++;
    skipSpace();
    if (source[offset] === "}") {
      offset++;
      return result;
    }
    for (;;) {
      skipSpace();
      if (source[offset] !== '"') fail(`Expected a string key but found ${describe(offset)}`, path);
      const keyStart = offset;
      const key = parseString(path);
      const childPath = [...path, key];
      if (Object.prototype.hasOwnProperty.call(result, key)) {
        throw new ParseAbort(
          parseFinding(
            "SV-PARSE-DUPLICATE-KEY",
            `Duplicate key '${key}'`,
            childPath,
            lines.positionAt(keyStart),
          ),
        );
      }
      skipSpace();
      if (source[offset] !== ":") fail(`Expected ':' but found ${describe(offset)}`, childPath);
      offset++;
      const child = parseValue(childPath, depth);
      setOwn(result, key, child.value);
      node.children?.set(key, { ...child.node, position: lines.positionAt(keyStart) });
      skipSpace();
      if (source[offset] === ",") {
        offset++;
        continue;
      }
      if (source[offset] === "}") {
        offset++;
        return result;
      }
      fail(`Expected ',' or '}' but found ${describe(offset)}`, path);
    }
  };

  const parseArray = (path: TPath, depth: number, node: TPositionNode): TJson[] => {
    const result: TJson[] = [];
    offset++;
    skipSpace();
    if (source[offset] === "]") {
      offset++;
      return result;
    }
    for (;;) {
      const child = parseValue([...path, result.length], depth);
      node.children?.set(result.length, child.node);
      result.push(child.value);
      skipSpace();
      if (source[offset] === ",") {
        offset++;
        continue;
      }
      if (source[offset] === "]") {
        offset++;
        return result;
      }
      fail(`Expected ',' or ']' but found ${describe(offset)}`, path);
    }
  };

  const root = parseValue([], 0);
  skipSpace();
  if (offset < source.length) fail(`Unexpected ${describe(offset)} after the end of the JSON value`, []);
  return { value: root.value, positions: root.node };
}
