import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER, trustedProxies } from "./client-address.ts";

describe("clientAddress", () => {
  it("is the connection's peer whatever X-Forwarded-For says, when no proxy is trusted", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.2.3.4" })).toBe(
      "203.0.113.7",
    );
  });

  it("takes the nearest untrusted X-Forwarded-For entry behind trusted proxies", () => {
    const trust = trustedProxies(["10.0.0.0/8", "loopback"]);
    const headers = new Headers({
      [PEER_ADDRESS_HEADER]: "10.0.0.2",
      "x-forwarded-for": "198.51.100.1, 203.0.113.9, 10.0.0.5",
    });
    // A client-written first entry (198.51.100.1) is not believed: 203.0.113.9 reached the trusted proxies.
    expect(clientAddress(headers, trust)).toBe("203.0.113.9");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "192.0.2.4" }, trust)).toBe(
      "192.0.2.4",
    );
  });

  it("ignores X-Forwarded-For from an untrusted peer even when proxies are configured", () => {
    const trust = trustedProxies(["10.0.0.0/8"]);
    expect(
      clientAddress({ [PEER_ADDRESS_HEADER]: "198.51.100.3", "x-forwarded-for": "10.0.0.9" }, trust),
    ).toBe("198.51.100.3");
  });

  it("knows nothing without a recorded peer, and refuses a malformed proxy entry", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4" })).toBeUndefined();
    expect(() => trustedProxies(["not-a-cidr"])).toThrow();
  });
});
