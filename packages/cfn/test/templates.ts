import { readFileSync } from "node:fs";
import type { TTemplate } from "../src/model.ts";
import { parseTemplate } from "../src/parse/parse-template.ts";

/** Parses a test template, failing the test loudly if it does not parse. */
export function template(source: string): TTemplate {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(`test template does not parse: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** A template exercising every parameter type and constraint; also the input of the form golden case. */
export const ORDER_FORM_TEMPLATE = readFileSync(
  new URL("../fixtures/form-order-form/input.yaml", import.meta.url),
  "utf8",
);
