#!/usr/bin/env node
// The prebuilt bundle (scripts/build-cli.ts, run at install and build) starts
// in a fraction of the time; when it is missing or older than a source file,
// the TypeScript sources run through tsx's loader instead, so an edit is never
// shadowed by a stale build.
//
// The bundle is compiled with V8's code cache beside it when the cache is newer
// than the bundle and V8 accepts it (same Node, same flags); otherwise from its
// source, and the cache is written again at exit for the next run. This file is
// CommonJS, as the bundle is: Node 20 keeps no compiled code for ES modules, and
// starting its ES module loader costs a command line run several milliseconds.
"use strict";
const { readdirSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");
const { CLI_BUNDLE, CLI_CODE_CACHE } = require("./cli-files.cjs");

const root = join(__dirname, "..");
const bundle = join(root, "dist", CLI_BUNDLE);
const cache = join(root, "dist", CLI_CODE_CACHE);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function modifiedAt(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

function runBundle(bundleTime) {
  const cacheTime = modifiedAt(cache);
  const cachedData = cacheTime !== undefined && cacheTime >= bundleTime ? readFileSync(cache) : undefined;
  const source = readFileSync(bundle, "utf8");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", () => {
      try {
        const partial = `${cache}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cache);
      } catch {
        // A read-only installation runs without the cache.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, bundle, dirname(bundle));
}

const bundleTime = modifiedAt(bundle);
if (bundleTime !== undefined && bundleTime >= newestSource(join(root, "src"))) {
  runBundle(bundleTime);
} else {
  import("tsx/esm/api").then(({ register }) => {
    register();
    return import("../src/cli/main.ts");
  });
}
