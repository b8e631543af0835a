import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["@stackvend/db/testing/global-setup"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
