import { describe, expect, it } from "vitest";
import { isPrivateAddress, resolveWebhookTarget, type TResolver } from "./webhook-guard.ts";

const resolver =
  (table: Record<string, string[]>): TResolver =>
  async (host) => {
    const addresses = table[host];
    if (!addresses) throw new Error("ENOTFOUND");
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "2002:c0a8:0101::1",
  ])("refuses %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "accepts %s",
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe("resolveWebhookTarget", () => {
  const strict = { allowPrivate: false };

  it("refuses loopback, private and link-local literals, IPv4 and IPv6", async () => {
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://10.0.0.5/hook",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]:9000/",
      "http://[fe80::1]/",
      "http://[fd00::1]/",
      "http://[::ffff:127.0.0.1]/",
    ]) {
      await expect(resolveWebhookTarget(url, strict), url).rejects.toThrow(/loopback, private or link-local/);
    }
  });

  it("refuses localhost through the system resolver", async () => {
    await expect(resolveWebhookTarget("http://localhost:4000/hook", strict)).rejects.toThrow(
      /localhost is a loopback/,
    );
  });

  it("refuses names that resolve to private addresses, even when one address is public", async () => {
    const resolve = resolver({
      "internal.example": ["10.0.0.8"],
      "metadata.example": ["169.254.169.254"],
      "v6.example": ["fd00::7"],
      "mixed.example": ["93.184.216.34", "192.168.0.10"],
      "public.example": ["93.184.216.34", "2606:4700::1111"],
    });
    for (const host of ["internal.example", "metadata.example", "v6.example", "mixed.example"]) {
      await expect(
        resolveWebhookTarget(`https://${host}/hook`, { ...strict, resolve }),
        host,
      ).rejects.toThrow(/loopback, private or link-local/);
    }
    await expect(
      resolveWebhookTarget("https://public.example/hook", { ...strict, resolve }),
    ).resolves.toHaveLength(2);
  });

  it("allows private targets only when switched on", async () => {
    await expect(resolveWebhookTarget("http://127.0.0.1:8080/", { allowPrivate: true })).resolves.toEqual([
      { address: "127.0.0.1", family: 4 },
    ]);
  });

  it("refuses other schemes, credentials and names that do not resolve", async () => {
    await expect(resolveWebhookTarget("ftp://example.com/", strict)).rejects.toThrow(/https:\/\//);
    await expect(resolveWebhookTarget("https://u:p@example.com/", strict)).rejects.toThrow(/user name/);
    await expect(resolveWebhookTarget("not a url", strict)).rejects.toThrow(/absolute URL/);
    await expect(
      resolveWebhookTarget("https://nowhere.example/", { ...strict, resolve: resolver({}) }),
    ).rejects.toThrow(/does not resolve/);
  });
});
