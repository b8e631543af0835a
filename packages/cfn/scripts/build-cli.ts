/**
 * Prebuilds the command line and the engine's worker-thread entry: one
 * JavaScript bundle each (no TypeScript loader at start) and, beside them, the
 * AWS resource specification trimmed to what the checks read.
 * `bin/stackvend-cfn.js` runs the bundle when it is newer than every source
 * file and falls back to the sources otherwise; the API's worker pool runs
 * `engine-worker.mjs` under the same condition and stays inline otherwise.
 *
 *   npx tsx packages/cfn/scripts/build-cli.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { PREBUILT_SPEC_FILE, packSpecDatabase } from "../src/validate/spec.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
mkdirSync(dist, { recursive: true });

const require = createRequire(import.meta.url);
const specDir = dirname(require.resolve("@aws-cdk/aws-service-spec/package.json"));
const full = JSON.parse(gunzipSync(readFileSync(join(specDir, "db.json.gz"))).toString("utf8"));
const packed = JSON.stringify(packSpecDatabase(full));
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

const entries = {
  "stackvend-cfn.mjs": join(root, "src", "cli", "main.ts"),
  "engine-worker.mjs": join(root, "src", "worker", "engine-worker.ts"),
};

for (const [file, entry] of Object.entries(entries)) {
  await buildBundle(entry, join(dist, file));
}

async function buildBundle(entry: string, outfile: string) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    legalComments: "none",
    // Dependencies written as CommonJS still call require() inside the ES module bundle.
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
    plugins: [englishZodOnly],
    logLevel: "warning",
  });
}
console.log(
  `stackvend-cfn: prebuilt the command line and the engine worker (specification ${(packed.length / 1e6).toFixed(1)} MB)`,
);
