import { readFile } from "node:fs/promises";
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

/**
 * The wasm instance lives in the bindings module, which Node loads once per
 * process; the promise sits on globalThis so that a second evaluation of this
 * module (Next.js does that) cannot swap the instance under a running engine.
 */
const INSTANTIATION = Symbol.for("@stackvend/db.schema-engine-wasm");
const holder = globalThis as { [INSTANTIATION]?: Promise<void> };

/**
 * The package's own entry imports the .wasm file as an ES module, which Node 20
 * only supports behind a flag; instantiating the module by hand works everywhere.
 * Its timers are unref'd: the engine leaves a ~10 s timer behind that would
 * otherwise keep short scripts and test workers alive after their work is done.
 */
async function instantiate(): Promise<void> {
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();
  const wasmPath = findInstalledFile("@prisma/schema-engine-wasm", "schema_engine_bg.wasm");
  const imports: Record<string, unknown> = { ...bindings };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(module, {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
}

/**
 * Prisma's schema engine (the one behind `prisma migrate`) compiled to
 * WebAssembly, talking to the database through a driver adapter, so migrations
 * need neither Prisma's native binaries nor a download. Its errors arrive as
 * thrown Errors (name SchemaConnectorError); its log lines are progress noise.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await (holder[INSTANTIATION] ??= instantiate());
  const engine = await bindings.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } catch (error) {
    throw error instanceof Error
      ? error
      : new Error(typeof error === "string" ? error : JSON.stringify(error));
  } finally {
    engine.free();
  }
}
