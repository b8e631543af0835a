import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { ADMIN_CLIENT_NAMESPACES, CLIENT_NAMESPACES, pickMessages } from "./client-messages";

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const ADMIN_ROUTES = path.join(SRC, "app", "(app)", "admin");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(SRC, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const files = sourceFiles(SRC);
const known = new Set(files);
const text = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));
const imports = new Map(
  files.map((file) => {
    const specifiers = [...text.get(file)!.matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => m[1]!);
    return [
      file,
      specifiers
        .map((s) => resolveImport(file, s))
        .filter((f): f is string => f !== undefined && known.has(f)),
    ];
  }),
);

/** What runs in the browser: "use client" modules and everything they import. */
function clientModules(): Set<string> {
  const client = new Set(files.filter((file) => /^\s*["']use client["']/.test(text.get(file)!)));
  for (const file of client) for (const imported of imports.get(file)!) client.add(imported);
  return client;
}

/** Modules only ever imported, directly or not, from the /admin routes. */
function adminOnlyModules(): Set<string> {
  const importers = new Map<string, string[]>(files.map((file) => [file, []]));
  for (const [file, imported] of imports) for (const target of imported) importers.get(target)?.push(file);
  const adminOnly = new Set(files.filter((file) => file.startsWith(ADMIN_ROUTES + path.sep)));
  for (let grew = true; grew;) {
    grew = false;
    for (const file of files) {
      const by = importers.get(file)!;
      if (!adminOnly.has(file) && by.length > 0 && by.every((importer) => adminOnly.has(importer))) {
        adminOnly.add(file);
        grew = true;
      }
    }
  }
  return adminOnly;
}

function namespacesUsed(source: string): { namespaces: string[]; root: boolean } {
  const namespaces = [...source.matchAll(/useTranslations\(\s*["'`]([\w]+)/g)].map((m) => m[1]!);
  return { namespaces, root: /useTranslations\(\s*\)/.test(source) };
}

describe("the messages sent to the browser", () => {
  const client = clientModules();
  const adminOnly = adminOnlyModules();

  it("hold every namespace a browser component reads, admin ones under /admin only", () => {
    const missing: string[] = [];
    for (const file of client) {
      const { namespaces, root } = namespacesUsed(text.get(file)!);
      const where = path.relative(SRC, file);
      if (root) missing.push(`${where}: useTranslations() without a namespace`);
      const allowed: readonly string[] = adminOnly.has(file)
        ? [...CLIENT_NAMESPACES, ...ADMIN_CLIENT_NAMESPACES]
        : CLIENT_NAMESPACES;
      for (const namespace of namespaces) {
        if (!allowed.includes(namespace)) missing.push(`${where}: "${namespace}" is not sent to this page`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("name namespaces that exist and are read in the browser", () => {
    const used = new Set([...client].flatMap((file) => namespacesUsed(text.get(file)!).namespaces));
    const listed = [...CLIENT_NAMESPACES, ...ADMIN_CLIENT_NAMESPACES];
    expect(listed.filter((namespace) => !used.has(namespace))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("are the listed namespaces of the messages, and nothing else", () => {
    const picked = pickMessages({ ...en, extra: { a: "b" } }, ["userMenu", "roles"]);
    expect(Object.keys(picked)).toEqual(["userMenu", "roles"]);
    expect(picked.userMenu).toEqual(en.userMenu);
  });
});
