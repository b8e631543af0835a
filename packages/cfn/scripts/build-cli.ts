/**
 * Prebuilds the command line and the engine's worker-thread entry: one
 * JavaScript bundle each (no TypeScript loader at start) and, beside them, the
 * AWS resource specification trimmed to what the checks read.
 * `bin/stackvend-cfn.cjs` runs the bundle when it is newer than every source
 * file and falls back to the sources otherwise; the API's worker pool runs
 * `engine-worker.mjs` under the same condition and stays inline otherwise.
 *
 *   npx tsx packages/cfn/scripts/build-cli.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { PREBUILT_SPEC_FILE, packSpecDatabase } from "../src/validate/spec.ts";
import { CLI_BUNDLE, CLI_CODE_CACHE } from "../bin/cli-files.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
// Files an earlier build wrote under other names go with the rest.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const require = createRequire(import.meta.url);
const specDir = dirname(require.resolve("@aws-cdk/aws-service-spec/package.json"));
const full = JSON.parse(gunzipSync(readFileSync(join(specDir, "db.json.gz"))).toString("utf8"));
const packed = packSpecDatabase(full);
writeFileSync(join(dist, PREBUILT_SPEC_FILE), packed);

/** zod bundles error messages in ~50 languages; the command line prints English only. */
const englishZodOnly: Plugin = {
  name: "english-zod-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(args.path),
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  plugins: [englishZodOnly],
  logLevel: "warning",
} as const;

// The worker is an ES module; dependencies written as CommonJS still call require() inside it.
await build({
  ...common,
  entryPoints: [join(root, "src", "worker", "engine-worker.ts")],
  outfile: join(dist, "engine-worker.mjs"),
  format: "esm",
  banner: {
    js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
  },
});

// The command line is a CommonJS script, so that bin/stackvend-cfn.cjs can compile it with V8's
// code cache (Node 20 caches no ES module code); `import.meta.url` is the script's own file URL.
await build({
  ...common,
  entryPoints: [join(root, "src", "cli", "main.ts")],
  outfile: join(dist, CLI_BUNDLE),
  format: "cjs",
  define: { "import.meta.url": "__bundle_url" },
  banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
});

// A first run writes the code cache beside the bundle: run it once on a template of the package's
// own, so that installing leaves it in place and the first real run is as quick as the rest.
const prime = spawnSync(
  process.execPath,
  [
    join(root, "bin", "stackvend-cfn.cjs"),
    "check",
    join(root, "fixtures", "render-web-service", "input.yaml"),
  ],
  { encoding: "utf8" },
);
if (!existsSync(join(dist, CLI_CODE_CACHE))) {
  console.warn(`stackvend-cfn: no code cache written (${prime.stderr.trim() || `exit ${prime.status}`})`);
}
console.log(
  `stackvend-cfn: prebuilt the command line and the engine worker (specification ${(packed.length / 1e6).toFixed(1)} MB)`,
);
