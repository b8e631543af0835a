export * from "./api-token.ts";
export * from "./authenticate.ts";
export * from "./oidc/index.ts";
export * from "./options.ts";
export * from "./password.ts";
export * from "./rate-limit.ts";
export * from "./roles.ts";
export * from "./scopes.ts";
