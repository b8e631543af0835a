import root from "../eslint.config.js";

export default [
  ...root,
  {
    // Journeys take `test` and `expect` from the fixtures, so axe runs on every page they visit.
    files: ["tests/**/*.ts"],
    ignores: ["tests/fixtures.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from ./fixtures.ts, which runs axe on every page.",
            },
          ],
        },
      ],
    },
  },
];
