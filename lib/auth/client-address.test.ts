import { describe, expect, it } from "vitest";
import { FORWARDED_MARK_HEADER, PEER_ADDRESS_HEADER, isLoopbackClient, readClientAddress } from "./client-address";

const headersOf = (values: Record<string, string>) => new Headers(values);

describe("readClientAddress", () => {
  it("uses the connection's address when no proxy header is trusted, so anonymous clients never share a key", () => {
    expect(readClientAddress(headersOf({ [PEER_ADDRESS_HEADER]: "203.0.113.9" }), undefined)).toBe("203.0.113.9");
    expect(readClientAddress(headersOf({ [PEER_ADDRESS_HEADER]: "203.0.113.9" }), "none")).toBe("203.0.113.9");
    // A client's own X-Forwarded-For is not believed unless that header is configured as trusted.
    expect(
      readClientAddress(headersOf({ [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" }), undefined),
    ).toBe("203.0.113.9");
  });

  it("uses the first entry of the trusted header, and the connection when the proxy did not set it", () => {
    const headers = headersOf({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "198.51.100.4, 10.0.0.1" });
    expect(readClientAddress(headers, "x-forwarded-for")).toBe("198.51.100.4");
    expect(readClientAddress(headersOf({ [PEER_ADDRESS_HEADER]: "127.0.0.1" }), "x-forwarded-for")).toBe("127.0.0.1");
  });

  it("is null when nothing names the client (outside the production server)", () => {
    expect(readClientAddress(headersOf({}), undefined)).toBeNull();
  });

  it("is null for this machine itself: a loopback connection with no trusted proxy header configured", () => {
    for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect(readClientAddress(headersOf({ [PEER_ADDRESS_HEADER]: peer }), undefined), peer).toBeNull();
      expect(readClientAddress(headersOf({ [PEER_ADDRESS_HEADER]: peer }), "none"), peer).toBeNull();
    }
  });
});

describe("isLoopbackClient", () => {
  it("accepts a direct connection from this machine over IPv4 or IPv6", () => {
    for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect(isLoopbackClient(headersOf({ [PEER_ADDRESS_HEADER]: peer }), undefined)).toBe(true);
    }
  });

  it("refuses another machine, a missing peer address and a request a local proxy forwarded", () => {
    expect(isLoopbackClient(headersOf({ [PEER_ADDRESS_HEADER]: "192.168.1.20" }), undefined)).toBe(false);
    expect(isLoopbackClient(headersOf({}), undefined)).toBe(false);
    // A client cannot claim loopback by sending the peer header itself: the server replaces it (portal-server.mjs).
    for (const forwarded of ["x-forwarded-for", "forwarded", "x-real-ip"]) {
      expect(
        isLoopbackClient(headersOf({ [PEER_ADDRESS_HEADER]: "127.0.0.1", [forwarded]: "203.0.113.5" }), undefined),
      ).toBe(false);
    }
    // The server drops an untrusted Forwarded header before Next sees it and leaves this mark instead.
    expect(
      isLoopbackClient(headersOf({ [PEER_ADDRESS_HEADER]: "127.0.0.1", [FORWARDED_MARK_HEADER]: "1" }), undefined),
    ).toBe(false);
    expect(
      isLoopbackClient(
        headersOf({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1, 203.0.113.5" }),
        undefined,
      ),
    ).toBe(false);
  });

  it("accepts the X-Forwarded-For that Next itself fills with the loopback connection's address", () => {
    const headers = headersOf({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1", "x-forwarded-for": "::ffff:127.0.0.1" });
    expect(isLoopbackClient(headers, undefined)).toBe(true);
  });

  it("behind a trusted proxy, asks the proxy's header who the client is", () => {
    const viaProxy = (client: string) =>
      headersOf({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": `${client}, 127.0.0.1` });
    expect(isLoopbackClient(viaProxy("203.0.113.50"), "x-forwarded-for")).toBe(false);
    expect(isLoopbackClient(viaProxy("127.0.0.1"), "x-forwarded-for")).toBe(true);
  });
});
