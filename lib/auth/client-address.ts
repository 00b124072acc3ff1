import { isLoopbackHost } from "@/lib/env";

/**
 * Set by the production server (lib/server/portal-server.mjs) on every request to the connection's own address,
 * replacing whatever a client sent under that name.
 */
export const PEER_ADDRESS_HEADER = "x-portal-peer-address";

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

const entriesOf = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * True only for a request from this machine itself: the connection comes from loopback and nothing forwarded it
 * from elsewhere — every X-Forwarded-For / X-Real-IP entry is loopback too (Next fills X-Forwarded-For with the
 * connection's address when it is absent; a proxy on this machine puts the real client there) and there is no
 * `Forwarded` header. Behind a trusted proxy, its header names the client.
 */
export function isLoopbackClient(headers: Headers, trustedHeader: string | undefined): boolean {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer || !isLoopbackHost(peer)) return false;
  const header = trustedHeaderOf(trustedHeader);
  if (header) {
    const forwarded = headers.get(header)?.split(",")[0]?.trim();
    if (forwarded) return isLoopbackHost(forwarded);
  }
  if (headers.has("forwarded")) return false;
  const claimed = [...entriesOf(headers.get("x-forwarded-for")), ...entriesOf(headers.get("x-real-ip"))];
  return claimed.every(isLoopbackHost);
}
