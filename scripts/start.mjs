// `npm start`: build the portal if needed (turbo's cache makes a no-change build
// instant), then serve it. Migrations and the demo seed run inside the server
// process at start, so an embedded database is only ever opened by one process.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const web = path.join(root, "apps", "web");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Stackvend needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}
if (!existsSync(bin("next"))) {
  console.error("Dependencies are missing: run `npm install` first.");
  process.exit(1);
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  // Relative data folders are relative to where `npm start` was run (the repository root).
  // Plain JS cannot import the TypeScript owner: keep in step with DEFAULT_DATA_DIR in packages/db/src/paths.ts.
  STACKVEND_DATA_DIR: path.resolve(
    process.env.INIT_CWD ?? root,
    process.env.STACKVEND_DATA_DIR ?? ".stackvend/data",
  ),
};

if (process.env.STACKVEND_SKIP_BUILD !== "1") {
  console.log("Building Stackvend (cached after the first run)…");
  const build = spawnSync(
    bin("turbo"),
    ["run", "build", "--filter=@stackvend/web", "--output-logs=errors-only"],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
env.STACKVEND_BASE_URL ??= `http://localhost:${port}`;
const server = spawn(
  bin("next"),
  ["start", "-p", port, ...(process.env.STACKVEND_HOST ? ["-H", process.env.STACKVEND_HOST] : [])],
  {
    cwd: web,
    env,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
