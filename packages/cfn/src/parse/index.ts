export { parseTemplate } from "./parse-template.ts";
export type { TParseOptions } from "./limits.ts";
export { DEFAULT_MAX_ALIAS_COUNT, MAX_TEMPLATE_BYTES, DEFAULT_MAX_DEPTH } from "./limits.ts";
export { INTRINSIC_TAGS } from "./intrinsic-tags.ts";
