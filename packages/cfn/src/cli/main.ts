/** Process entry of `stackvend-cfn`: real files and streams around runCli. */
import { readFileSync } from "node:fs";
import { runCli } from "./run-cli.ts";

process.exitCode = runCli(process.argv.slice(2), {
  readText: (path) => readFileSync(path, "utf8"),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
