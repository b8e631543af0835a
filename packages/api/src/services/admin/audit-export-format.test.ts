import { describe, expect, it } from "vitest";
import { csvCell, csvRow, jsonLine } from "./audit-export-format.ts";
import type { TAuditEventItem } from "./list-audit-events.ts";

const event: TAuditEventItem = {
  id: "7",
  sequence: "7",
  createdAt: new Date("2026-12-01T10:00:00.000Z"),
  actorId: null,
  actorLabel: '=HYPERLINK("x")@example.com',
  action: "auth.sign-in.failed",
  objectType: "User",
  objectId: "u1",
  ip: null,
  data: { reason: "wrong-password", email: "a,b@example.com" },
  prevHash: null,
  hash: "ab",
};

describe("audit export formats", () => {
  it("quotes CSV cells per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(null)).toBe("");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    for (const lead of ["=", "+", "-", "@", "\t"])
      expect(csvCell(`${lead}1+1`).startsWith(`'${lead}`)).toBe(true);
  });

  it("writes data as canonical JSON in CSV, and every field in JSON Lines", () => {
    expect(csvRow(event)).toBe(
      '7,7,2026-12-01T10:00:00.000Z,,"\'=HYPERLINK(""x"")@example.com",auth.sign-in.failed,User,u1,,' +
        '"{""email"":""a,b@example.com"",""reason"":""wrong-password""}",,ab\r\n',
    );
    expect(JSON.parse(jsonLine(event))).toEqual({ ...event, createdAt: "2026-12-01T10:00:00.000Z" });
    expect(jsonLine(event).endsWith("}\n")).toBe(true);
  });
});
