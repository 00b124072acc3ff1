import { isLoopbackHost } from "@/lib/env";

/**
 * Set by the production server (lib/server/portal-server.mjs) on every request to the connection's own address,
 * replacing whatever a client sent under that name.
 */
export const PEER_ADDRESS_HEADER = "x-portal-peer-address";

// Headers a proxy adds: when present without a configured trusted header, the peer is a proxy, not the client.
const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

const trustedHeaderOf = (trustedHeader: string | undefined) =>
  trustedHeader && trustedHeader !== "none" ? trustedHeader : undefined;

/**
 * The client's address: the first entry of the configured trusted proxy header, else the connection's address.
 * Null only outside the production server (e.g. `next dev`), where nothing says who the client is.
 */
export function readClientAddress(headers: Headers, trustedHeader: string | undefined): string | null {
  const header = trustedHeaderOf(trustedHeader);
  const forwarded = header ? headers.get(header)?.split(",")[0]?.trim() : undefined;
  const value = forwarded || headers.get(PEER_ADDRESS_HEADER)?.trim();
  return value ? value.slice(0, 64) : null;
}

/**
 * True only for a request from this machine itself: the connection comes from loopback and no proxy forwarded it
 * (a proxy on the same machine forwards other people's requests), or the trusted proxy header names loopback.
 */
export function isLoopbackClient(headers: Headers, trustedHeader: string | undefined): boolean {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer || !isLoopbackHost(peer)) return false;
  const header = trustedHeaderOf(trustedHeader);
  if (header) {
    const forwarded = headers.get(header)?.split(",")[0]?.trim();
    if (forwarded) return isLoopbackHost(forwarded);
  }
  return FORWARDING_HEADERS.every((name) => !headers.has(name));
}
