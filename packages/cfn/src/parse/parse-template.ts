import type { TFinding, TJsonObject, TResult, TTemplate } from "../model.ts";
import { ParseAbort, parseFinding } from "./finding.ts";
import {
  DEFAULT_MAX_ALIAS_COUNT,
  MAX_TEMPLATE_BYTES,
  DEFAULT_MAX_DEPTH,
  type TParseOptions,
} from "./limits.ts";
import { createLineIndex } from "./line-index.ts";
import { parseJsonWithPositions } from "./parse-json.ts";
import { parseYamlWithPositions } from "./parse-yaml.ts";
import { lookupPosition, type TPositionNode } from "./position-tree.ts";
import { utf8Length } from "./utf8-length.ts";

/**
 * Parses a CloudFormation template from YAML or JSON into the long-form model.
 * Never throws: size, depth, alias, tag and syntax problems come back as
 * findings with a path and, where the source has one, a position.
 */
export function parseTemplate(source: string, options: TParseOptions = {}): TResult<TTemplate> {
  const maxBytes = options.maxBytes ?? MAX_TEMPLATE_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  try {
    const size = utf8Length(source);
    if (size > maxBytes) {
      return failure(
        parseFinding("SV-PARSE-SIZE", `Template is ${size} bytes; the limit is ${maxBytes} bytes`, []),
      );
    }
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const lines = createLineIndex(text);
    const format = /^\s*\{/.test(text) ? "json" : "yaml";
    const parsed =
      format === "json"
        ? { ...parseJsonWithPositions(text, lines, maxDepth), problems: [] as TFinding[] }
        : parseYamlWithPositions(text, lines, { maxDepth, maxAliasCount });
    if (parsed.problems.length > 0) return { ok: false, errors: parsed.problems };
    const body = parsed.value;
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      return failure(
        parseFinding(
          "SV-PARSE-NOT-MAPPING",
          "A template must be a mapping of sections",
          [],
          parsed.positions.position,
        ),
      );
    }
    return { ok: true, value: positioned(body, format, parsed.positions) };
  } catch (error) {
    if (error instanceof ParseAbort) return failure(error.finding);
    if (error instanceof RangeError) {
      return failure(
        parseFinding("SV-PARSE-DEPTH", `Template nesting is too deep to parse (limit ${maxDepth})`, []),
      );
    }
    return failure(parseFinding("SV-PARSE-INTERNAL", `Template could not be parsed: ${String(error)}`, []));
  }
}

function failure(finding: TFinding): TResult<TTemplate> {
  return { ok: false, errors: [finding] };
}

function positioned(body: TJsonObject, format: TTemplate["format"], positions: TPositionNode): TTemplate {
  return { body, format, positionOf: (path) => lookupPosition(positions, path) };
}
