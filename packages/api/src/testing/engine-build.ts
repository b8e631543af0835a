import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { beforeAll } from "vitest";
import { enginePoolAvailable } from "../services/shared/engine-pool.ts";

/**
 * Before a file's tests: the engine's prebuilt bundle (the worker and the trimmed resource
 * specification beside it), built when an engine source is newer, as install does.
 */
export function useEngineBuild(): void {
  beforeAll(() => {
    if (enginePoolAvailable()) return;
    const cfn = dirname(createRequire(import.meta.url).resolve("@stackvend/cfn/package.json"));
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-cli.ts"], {
      cwd: cfn,
      stdio: "ignore",
    });
  }, 60_000);
}
