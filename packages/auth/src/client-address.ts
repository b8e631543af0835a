import proxyaddr from "proxy-addr";

/**
 * The server sets this header on every request from the TCP connection's
 * peer, replacing whatever a client sent: the one address nobody outside
 * can choose.
 */
export const PEER_ADDRESS_HEADER = "x-stackvend-peer-address";

export type TTrustedProxies = (address: string, hop: number) => boolean;

type THeaders = Headers | Record<string, string | string[] | undefined>;

function header(headers: THeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Which addresses may say who their client was (`X-Forwarded-For`): CIDRs,
 * addresses, or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`).
 * Throws on anything else, so configuration can name the bad entry.
 */
export function trustedProxies(entries: readonly string[]): TTrustedProxies {
  return proxyaddr.compile([...entries]);
}

export const TRUST_NO_PROXY: TTrustedProxies = () => false;

/**
 * The client's address: the connection's peer, or, when the peer is a
 * trusted proxy, the nearest `X-Forwarded-For` entry not itself trusted.
 * Undefined when the server did not record a peer (not served over HTTP).
 */
export function clientAddress(
  headers: THeaders,
  trust: TTrustedProxies = TRUST_NO_PROXY,
): string | undefined {
  const peer = header(headers, PEER_ADDRESS_HEADER);
  if (!peer) return undefined;
  const forwarded = header(headers, "x-forwarded-for");
  const request = {
    headers: forwarded ? { "x-forwarded-for": forwarded } : {},
    connection: { remoteAddress: peer },
    socket: { remoteAddress: peer },
  };
  return proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trust);
}
