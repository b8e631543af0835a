import { describe, expect, it } from "vitest";
import { redactSecrets } from "./record-audit-event.ts";

describe("redactSecrets", () => {
  it("redacts named and always-secret keys at any depth", () => {
    const data = {
      name: "x",
      values: { DBPassword: "hunter2", Size: "20" },
      password: "p",
      list: [{ token: "t" }],
    };
    expect(redactSecrets(data, new Set(["DBPassword"]))).toEqual({
      name: "x",
      values: { DBPassword: "[redacted]", Size: "20" },
      password: "[redacted]",
      list: [{ token: "[redacted]" }],
    });
  });

  it("keeps dates readable", () => {
    expect(redactSecrets({ at: new Date("2026-01-02T03:04:05Z") }, new Set())).toEqual({
      at: "2026-01-02T03:04:05.000Z",
    });
  });
});
