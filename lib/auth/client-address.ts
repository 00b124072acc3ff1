import { isLoopbackHost } from "@/lib/env";

/**
 * Set by the production server (lib/server/portal-server.mjs) on every request to the connection's own address,
 * replacing whatever a client sent under that name.
 */
export const PEER_ADDRESS_HEADER = "x-portal-peer-address";

/** Set by the production server when a request carried Forwarded or X-Forwarded-Host, which it then drops. */
export const FORWARDED_MARK_HEADER = "x-portal-forwarded";

const trustedHeaderOf = (trustedHeader: string | undefined) =>
  trustedHeader && trustedHeader !== "none" ? trustedHeader : undefined;

/**
 * The client's address, for per-client limits: the first entry of the configured trusted proxy header, else the
 * connection's address. Null when nothing says who the client is (outside the production server, e.g. `next dev`),
 * and for this machine itself — a loopback connection with no trusted proxy header configured: demo mode listens on
 * loopback only, so there every visitor is the person at this machine, and per-client limits would only make one
 * person's browser tests lock each other out. Per-account and per-recipient limits still apply to it. Behind a proxy
 * on this machine the trusted header must be configured (production refuses to start without the setting).
 */
export function readClientAddress(headers: Headers, trustedHeader: string | undefined): string | null {
  const header = trustedHeaderOf(trustedHeader);
  const forwarded = header ? headers.get(header)?.split(",")[0]?.trim() : undefined;
  if (forwarded) return forwarded.slice(0, 64);
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer || (!header && isLoopbackHost(peer))) return null;
  return peer.slice(0, 64);
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
  if (headers.has("forwarded") || headers.has(FORWARDED_MARK_HEADER)) return false;
  const claimed = [...entriesOf(headers.get("x-forwarded-for")), ...entriesOf(headers.get("x-real-ip"))];
  return claimed.every(isLoopbackHost);
}
