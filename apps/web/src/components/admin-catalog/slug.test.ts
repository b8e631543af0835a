import { describe, expect, it } from "vitest";
import { parseTags, slugify, suggestNextLabel, SLUG_PATTERN, VERSION_LABEL_PATTERN } from "./slug";

describe("slugify", () => {
  it("lowercases and hyphenates", () => {
    expect(slugify("EC2 Web Server")).toBe("ec2-web-server");
  });

  it("collapses punctuation and trims hyphens at both ends", () => {
    expect(slugify("  --Postgres (RDS) / HA!  ")).toBe("postgres-rds-ha");
  });

  it("drops accents", () => {
    expect(slugify("Café Crème")).toBe("cafe-creme");
  });

  it("gives an empty slug for a name with no latin letters or digits", () => {
    expect(slugify("웹 서버")).toBe("");
  });

  it("stays within 63 characters and never ends in a hyphen", () => {
    const slug = slugify(`${"a".repeat(62)} b`);
    expect(slug.length).toBeLessThanOrEqual(63);
    expect(slug.endsWith("-")).toBe(false);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it("produces what the server accepts for ordinary names", () => {
    for (const name of ["S3 bucket", "rds_postgres 15", "Queue v2.1"]) {
      expect(SLUG_PATTERN.test(slugify(name))).toBe(true);
    }
  });
});

describe("parseTags", () => {
  it("splits on commas and new lines, lowercases and removes repeats", () => {
    expect(parseTags("web, Storage ,\nweb,, ")).toEqual(["web", "storage"]);
  });
});

describe("VERSION_LABEL_PATTERN", () => {
  it("accepts semver-like labels and refuses spaces", () => {
    expect(VERSION_LABEL_PATTERN.test("1.0.0-rc.1+build")).toBe(true);
    expect(VERSION_LABEL_PATTERN.test("v 1")).toBe(false);
  });
});

describe("suggestNextLabel", () => {
  it("bumps the last number", () => {
    expect(suggestNextLabel("1.2.3")).toBe("1.2.4");
    expect(suggestNextLabel("v9")).toBe("v10");
    expect(suggestNextLabel("2.0.0-rc1")).toBe("2.0.0-rc2");
  });

  it("starts at 1.0.0 and copes with labels without numbers", () => {
    expect(suggestNextLabel(undefined)).toBe("1.0.0");
    expect(suggestNextLabel("initial")).toBe("initial-2");
  });
});
