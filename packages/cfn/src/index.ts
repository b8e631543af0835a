export * from "./model.ts";
export * from "./template.ts";
export * from "./parse/index.ts";
export * from "./emit/index.ts";
export * from "./validate/index.ts";
