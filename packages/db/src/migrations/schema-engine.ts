import { readFileSync } from "node:fs";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { findInstalledFile } from "../paths.ts";

export type { SchemaEngine };

/** The wasm panic hook writes the panic message here before throwing. */
class PanicRegistry {
  message = "";
  get(): string {
    return this.message;
  }
  set_message(value: string): void {
    this.message = `RuntimeError: ${value}`;
  }
}

let instantiated = false;

/**
 * The package's own entry imports the .wasm file as an ES module, which Node 20
 * only supports behind a flag; instantiating the module by hand works everywhere.
 * Its timers are unref'd: the engine leaves a ~10 s timer behind that would
 * otherwise keep short scripts and test workers alive after their work is done.
 */
function instantiateOnce(): void {
  if (instantiated) return;
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();
  const wasmPath = findInstalledFile("@prisma/schema-engine-wasm", "schema_engine_bg.wasm");
  const imports: Record<string, unknown> = { ...bindings };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  instantiated = true;
}

/** An engine error carries Prisma's error code (P3018, P3009…) when it has one. */
export class SchemaEngineError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "SchemaEngineError";
  }
}

interface TEngineLogLine {
  level?: string;
  target?: string;
  fields?: { message?: string; error_code?: string };
}

/**
 * Prisma's schema engine (the one behind `prisma migrate`) compiled to
 * WebAssembly, talking to the database through a driver adapter, so migrations
 * need neither Prisma's native binaries nor a download.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  instantiateOnce();
  let lastError: SchemaEngineError | undefined;
  const onLog = (line: string) => {
    const parsed = JSON.parse(line) as TEngineLogLine;
    if (parsed.level === "ERROR" && parsed.fields?.message) {
      lastError = new SchemaEngineError(parsed.fields.message, parsed.fields.error_code);
    }
  };
  const engine = await bindings.SchemaEngine.new(
    { datamodels: undefined },
    onLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } catch (error) {
    throw lastError ?? toEngineError(error);
  } finally {
    engine.free();
  }
}

function toEngineError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new SchemaEngineError(typeof error === "string" ? error : JSON.stringify(error));
}
