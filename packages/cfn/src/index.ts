export * from "./model.ts";
export * from "./template.ts";
export * from "./parse/index.ts";
export * from "./emit/index.ts";
export * from "./validate/index.ts";
export * from "./diff/index.ts";
export * from "./graph/index.ts";
export * from "./cost/index.ts";
