import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** The server URL the globalSetup provided; create databases on it with createTestDatabase. */
export function getTestDatabaseUrl(): string {
  const url = inject("databaseUrl");
  if (!url)
    throw new Error(
      "No test database URL: add @stackvend/db/testing/global-setup to globalSetup in vitest.config.ts",
    );
  return url;
}
