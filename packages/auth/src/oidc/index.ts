export * from "./claims.ts";
export * from "./config.ts";
export * from "./discovery.ts";
export * from "./provider.ts";
export * from "./sign-in.ts";
