export * from "./model.ts";
export * from "./template.ts";
export * from "./validate/index.ts";
