import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const messages = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "messages");
const require = createRequire(import.meta.url);
// The characters Pretendard's published subset files hold (the list its build subsets from).
const subset = readFileSync(
  path.join(path.dirname(require.resolve("pretendard/package.json")), "subset_glyphs.txt"),
  "utf8",
);

function koreanText(): string {
  const files = [
    path.join(messages, "ko.json"),
    ...readdirSync(path.join(messages, "ko")).map((f) => path.join(messages, "ko", f)),
  ];
  return files.map((file) => readFileSync(file, "utf8")).join("");
}

describe("the shipped Hangul font", () => {
  it("has every syllable the Korean UI uses", () => {
    const syllables = new Set([...koreanText()].filter((c) => /[\uAC00-\uD7A3]/.test(c)));
    expect(syllables.size).toBeGreaterThan(100);
    const missing = [...syllables].filter((c) => !subset.includes(c));
    expect(missing).toEqual([]);
  });
});
