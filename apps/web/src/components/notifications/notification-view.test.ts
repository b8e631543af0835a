import { describe, expect, it } from "vitest";
import { notificationView } from "./notification-view";

const stored = {
  request: {
    reference: "REQ-12",
    stackName: "web-dev",
    product: { name: "EC2 instance" },
    requester: { name: "Dana Dev", email: "dev@stackvend.local" },
  },
  actor: { name: "Alex Approver" },
  comment: "Looks fine",
  link: "/requests/r1",
};

describe("notificationView", () => {
  it("names the request, product, stack, requester and decider, and links to the request", () => {
    expect(notificationView({ type: "request.approved", requestId: "r1", data: stored })).toEqual({
      reference: "REQ-12",
      product: "EC2 instance",
      stack: "web-dev",
      requester: "Dana Dev",
      actor: "Alex Approver",
      comment: "Looks fine",
      href: "/requests/r1",
    });
  });

  it("never follows a stored link off this portal; deciders then go to the approval page", () => {
    for (const link of [
      "https://evil.example/x",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      const view = notificationView({
        type: "request.submitted",
        requestId: "r2",
        data: { ...stored, link },
      });
      expect(view.href).toBe("/approvals/r2");
    }
  });

  it("still shows something for a row whose summary is missing", () => {
    expect(notificationView({ type: "request.expired", requestId: "r3", data: null })).toMatchObject({
      reference: "REQ",
      actor: null,
      comment: null,
      href: "/requests/r3",
    });
  });
});
