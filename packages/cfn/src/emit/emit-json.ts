import type { TJsonObject } from "../model.ts";
import { orderTemplate } from "./section-order.ts";

/** Emits a body as JSON, 2-space indent, trailing newline, in the same section order as the YAML emitter. */
export function emitJson(body: TJsonObject): string {
  return `${JSON.stringify(orderTemplate(body), null, 2)}\n`;
}
