import pino, { type Logger } from "pino";

/** One JSON line per event on standard output; the level from LOG_LEVEL. */
const LOGGER = Symbol.for("@stackvend/web.logger");

export function processLogger(level = "info"): Logger {
  const holder = globalThis as { [LOGGER]?: Logger };
  return (holder[LOGGER] ??= pino({ level, base: { service: "stackvend" } }));
}
