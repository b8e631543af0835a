import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";

/**
 * Refuses webhook targets inside the server's own network (SSRF): loopback,
 * private, link-local, shared, multicast and reserved addresses, IPv4 and
 * IPv6 (including IPv4 written inside IPv6), and names that resolve to any.
 * The addresses checked are the ones connected to (see `guardedLookup`), so
 * a name cannot pass the check and then resolve elsewhere.
 */

export type TResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: TResolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export class WebhookTargetError extends Error {}

/** [first address as a number, prefix length] of the IPv4 ranges that are never a webhook target. */
const BLOCKED_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata lives here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

function v4ToNumber(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function blockedV4(address: string): boolean {
  const n = v4ToNumber(address);
  return BLOCKED_V4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4ToNumber(base);
    return n >= start && n < start + size;
  });
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a trailing dotted IPv4 converted). */
function v6Groups(address: string): number[] {
  let text = address.toLowerCase().split("%")[0]!;
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const n = v4ToNumber(dotted[1]!);
    text = text.slice(0, -dotted[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const start = parse(head);
  const end = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? [] : Array<number>(8 - start.length - end.length).fill(0);
  return [...start, ...zeros, ...end];
}

function embeddedV4(groups: number[], from: number): string {
  const hi = groups[from]!;
  const lo = groups[from + 1]!;
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
}

function blockedV6(address: string): boolean {
  const g = v6Groups(address);
  const first = g[0]!;
  const allZeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (allZeroTo(7) && (g[7] === 0 || g[7] === 1)) return true; // unspecified, loopback
  if (allZeroTo(5) && g[5] === 0xffff) return blockedV4(embeddedV4(g, 6)); // IPv4-mapped
  if (allZeroTo(6)) return blockedV4(embeddedV4(g, 6)); // IPv4-compatible (deprecated)
  if (first === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))
    return blockedV4(embeddedV4(g, 6)); // NAT64
  if (first === 0x2002) return blockedV4(embeddedV4(g, 1)); // 6to4
  if ((first & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((first & 0xffc0) === 0xfec0) return true; // site-local fec0::/10
  if ((first & 0xff00) === 0xff00) return true; // multicast
  if (first === 0x100 && allZeroTo(4)) return true; // discard 100::/64
  if (first === 0x2001 && g[1] === 0xdb8) return true; // documentation
  return false;
}

/** Whether an IP address (v4 or v6) is one webhooks never go to. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address.split("%")[0]!);
  if (family === 4) return blockedV4(address);
  if (family === 6) return blockedV6(address);
  return true;
}

export interface TTargetCheck {
  allowPrivate: boolean;
  resolve?: TResolver;
}

/** The URL's host without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

/** A webhook URL must be http(s) without credentials; said before any address is looked at. */
export function checkWebhookUrlShape(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookTargetError("must be an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new WebhookTargetError("must start with https:// or http://");
  if (url.username || url.password) throw new WebhookTargetError("must not contain a user name or password");
  return url;
}

/**
 * The addresses a webhook URL reaches, refusing every private one unless
 * allowed. Throws WebhookTargetError saying why.
 */
export async function resolveWebhookTarget(
  raw: string,
  check: TTargetCheck,
): Promise<{ address: string; family: number }[]> {
  const url = checkWebhookUrlShape(raw);
  const host = hostOf(url);
  const literal = isIP(host);
  const addresses = literal
    ? [{ address: host, family: literal }]
    : await (check.resolve ?? systemResolver)(host).catch((error: unknown) => {
        throw new WebhookTargetError(`${host} does not resolve (${(error as Error).message})`);
      });
  if (addresses.length === 0) throw new WebhookTargetError(`${host} does not resolve`);
  if (!check.allowPrivate) {
    const inside = addresses.find((a) => isPrivateAddress(a.address));
    if (inside) {
      throw new WebhookTargetError(
        `${host} is a loopback, private or link-local address (${inside.address}); ` +
          "set STACKVEND_WEBHOOKS_ALLOW_PRIVATE=true to allow such targets",
      );
    }
  }
  return addresses;
}
