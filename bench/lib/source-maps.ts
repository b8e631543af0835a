/**
 * Original sources for the frames of a CPU profile, from the source maps beside the scripts: Next's
 * compiled runtime (which carries React) and the app's Turbopack chunks both ship them, so a frame
 * in a minified bundle is told apart as React, Next, a library or Stackvend's own code.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer } from "source-map-js";
import type { TResolveFrame } from "./profile.ts";

export function sourceMapResolver(): TResolveFrame {
  const maps = new Map<string, { consumer: SourceMapConsumer; dir: string } | null>();
  const mapOf = (url: string) => {
    let map = maps.get(url);
    if (map !== undefined) return map;
    map = null;
    try {
      const script = url.startsWith("file://") ? fileURLToPath(url) : url;
      if (existsSync(`${script}.map`)) {
        const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${script}.map`, "utf8")));
        map = { consumer, dir: dirname(script) };
      }
    } catch {
      // an unreadable map: the frame keeps its script's name
    }
    maps.set(url, map);
    return map;
  };
  return (frame) => {
    if (!frame.url.startsWith("/") && !frame.url.startsWith("file://")) return undefined;
    const map = mapOf(frame.url);
    if (!map) return undefined;
    const at = map.consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!at.source) return undefined;
    // Turbopack writes `@` as %40; most maps name sources relative to the script.
    const named = decodeURIComponent(at.source);
    const source = /^[a-z]+:\/\//.test(named) || isAbsolute(named) ? named : resolve(map.dir, named);
    return { source, line: at.line, name: at.name ?? undefined };
  };
}
