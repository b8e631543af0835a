import { execFile, execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TThrowawayCluster {
  url: string;
  stop(): Promise<void>;
}

interface TServerBinaries {
  initdb: string;
  pgCtl: string;
}

/** Debian installs servers side by side under /usr/lib/postgresql/<major>; take the newest. */
export function findServerBinaries(): TServerBinaries {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const dirs = [
    ...versions.map((version) => join(root, version, "bin")),
    ...(process.env.PATH ?? "").split(delimiter),
  ];
  const dir = dirs.find(
    (candidate) => existsSync(join(candidate, "initdb")) && existsSync(join(candidate, "pg_ctl")),
  );
  if (!dir) {
    throw new Error(
      "PostgreSQL server binaries not found: install postgresql (Debian: apt-get install postgresql) or set DATABASE_URL",
    );
  }
  return { initdb: join(dir, "initdb"), pgCtl: join(dir, "pg_ctl") };
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. */
const asRoot = () => process.getuid?.() === 0;

function commandLine(bin: string, args: string[]): [string, string[]] {
  if (!asRoot()) return [bin, args];
  return ["su", ["postgres", "-s", "/bin/sh", "-c", [bin, ...args].map(quote).join(" ")]];
}

async function runServerTool(bin: string, args: string[]): Promise<void> {
  const [file, argv] = commandLine(bin, args);
  await run(file, argv, { env: { ...process.env, LC_ALL: "C" } });
}

/**
 * A PostgreSQL cluster for one test run: a temp folder, a free port on
 * 127.0.0.1, a unix socket in the folder, trust auth for user postgres, and
 * durability switched off because the data is thrown away.
 */
export async function startThrowawayCluster(): Promise<TThrowawayCluster> {
  const binaries = findServerBinaries();
  const dir = await mkdtemp(join(tmpdir(), "stackvend-pg-"));
  if (asRoot()) execFileSync("chown", ["postgres", dir]);
  const dataDir = join(dir, "data");
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const stopArgs = ["stop", "-D", dataDir, "-m", "fast", "-w"];
  try {
    await runServerTool(binaries.initdb, [
      "-D",
      dataDir,
      "-A",
      "trust",
      "-U",
      "postgres",
      "--no-sync",
      "-E",
      "UTF8",
    ]);
    await runServerTool(binaries.pgCtl, [
      "start",
      "-D",
      dataDir,
      "-o",
      options,
      "-l",
      join(dir, "log"),
      "-w",
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const stopOnExit = () => {
    const [file, argv] = commandLine(binaries.pgCtl, stopArgs);
    execFileSync(file, argv, { stdio: "ignore" });
  };
  process.once("exit", stopOnExit);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      await runServerTool(binaries.pgCtl, stopArgs);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
