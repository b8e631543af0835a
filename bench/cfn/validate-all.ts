/** Child-process probe for the cold comparison with cfn-lint: parse and validate every file given, like one CLI run over them. */
import { readFileSync } from "node:fs";
import { parseTemplate, validateTemplate } from "@stackvend/cfn";

let errors = 0;
for (const file of process.argv.slice(2)) {
  const parsed = parseTemplate(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  errors += validateTemplate(parsed.value).filter((f) => f.severity === "error").length;
}
process.stdout.write(`${errors}\n`);
