export * from "./model.ts";
export * from "./template.ts";
