export * from "./oidc-provider.ts";
export * from "./next-auth-client.ts";
