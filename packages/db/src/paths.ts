import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the embedded database lives when STACKVEND_DATA_DIR is unset, relative to where Stackvend is started. */
export const DEFAULT_DATA_DIR = ".stackvend/data";

export function ancestors(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dirname(dir) === dir) return dirs;
  }
}

/**
 * The repository root holds prisma/schema.prisma. Looked up from this module
 * and, because a bundler (Next.js) may move this module into its build
 * output, from the working directory as well.
 */
export function findRepositoryRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [...ancestors(here), ...ancestors(process.cwd())];
  const root = candidates.find((dir) => existsSync(join(dir, "prisma", "schema.prisma")));
  if (!root) throw new Error("Cannot find prisma/schema.prisma above this package or the working directory");
  return root;
}

/**
 * Finds a file inside an installed package by walking node_modules folders up
 * from this module and from the working directory, which survives bundling
 * where `require.resolve` relative to this module would not.
 */
export function findInstalledFile(packageName: string, file: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [...ancestors(here), ...ancestors(process.cwd())].map((dir) =>
    join(dir, "node_modules", packageName, file),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Cannot find ${packageName}/${file}: is ${packageName} installed?`);
  return found;
}

export function defaultMigrationsDir(): string {
  return join(findRepositoryRoot(), "prisma", "migrations");
}

export function defaultSchemaPath(): string {
  return join(findRepositoryRoot(), "prisma", "schema.prisma");
}
