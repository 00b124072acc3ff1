import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKeyOf, createPageMicroCache, matchesEtag, mayChangeData, readSharedMaxAge } from "./page-micro-cache.mjs";

type Answer = { status?: number; headers?: Record<string, string | string[]>; body?: string; chunks?: string[] };

/**
 * A real HTTP server with the micro-cache in front of a stand-in for Next: `answer` decides each response, and
 * `renders` counts how often the stand-in ran. `release` lets a test hold a render open.
 */
async function startServer(answer: (request: http.IncomingMessage) => Answer | Promise<Answer>, clock = { now: 0 }) {
  const cache = createPageMicroCache({ ttlMs: 1000, maxEntries: 3, maxBodyBytes: 1000, now: () => clock.now });
  let renders = 0;
  const server = http.createServer(async (request, response) => {
    if (cache.serve(request, response)) return;
    cache.observe(request, response);
    renders++;
    const { status = 200, headers = {}, body = "", chunks } = await answer(request);
    // As Next does: headers one by one (headers given to writeHead itself are not readable back).
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.writeHead(status);
    for (const chunk of chunks ?? []) response.write(chunk);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  const request = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  return { cache, request, clock, renders: () => renders };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const shareable = { "cache-control": "s-maxage=60, stale-while-revalidate=240", "content-type": "text/html" };

describe("page micro-cache", () => {
  it("answers a repeated request for a shareable page from memory, byte for byte, with its headers", async () => {
    let version = 0;
    const { request, renders } = await startServer(() => ({
      headers: { ...shareable, "x-portal": "yes" },
      chunks: ["<html>", "halaman "],
      body: `versi ${++version}</html>`,
    }));
    const first = await request("/usaha/kopi-tugu");
    const second = await request("/usaha/kopi-tugu");
    expect(first.body).toBe("<html>halaman versi 1</html>");
    expect(second.body).toBe(first.body);
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(second.headers.get("x-portal")).toBe("yes");
    expect(second.headers.get("cache-control")).toBe(shareable["cache-control"]);
    expect(renders()).toBe(1);
  });

  it("answers a browser's revalidation with 304 when its ETag matches", async () => {
    const { request, renders } = await startServer(() => ({
      headers: { ...shareable, etag: '"abc123"' },
      body: "<html>halaman</html>",
    }));
    await request("/usaha/kopi-tugu");
    const notModified = await request("/usaha/kopi-tugu", { headers: { "if-none-match": 'W/"abc123"' } });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBe("");
    expect(notModified.headers.get("etag")).toBe('"abc123"');
    const changed = await request("/usaha/kopi-tugu", { headers: { "if-none-match": '"lama"' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toBe("<html>halaman</html>");
    expect(renders()).toBe(1);
  });

  it("renders again once the copy is a second old", async () => {
    let version = 0;
    const { request, clock, renders } = await startServer(() => ({ headers: shareable, body: `v${++version}` }));
    await request("/");
    clock.now = 999;
    expect((await request("/")).body).toBe("v1");
    clock.now = 1000;
    expect((await request("/")).body).toBe("v2");
    expect(renders()).toBe(2);
  });

  it("never keeps private, uncacheable, cookie-setting or failed answers", async () => {
    const answers: Record<string, Answer> = {
      "/akun": { headers: { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" } },
      "/tanpa-header": { headers: { "content-type": "text/html" } },
      "/kuki": { headers: { ...shareable, "set-cookie": "sesi=1" } },
      "/hilang": { status: 404, headers: shareable },
    };
    const { request, renders } = await startServer((incoming) => answers[incoming.url!]!);
    for (const path of Object.keys(answers)) {
      await request(path);
      const again = await request(path);
      expect(again.headers.get("x-page-cache"), path).toBeNull();
    }
    expect(renders()).toBe(8);
  });

  it("passes router payload requests and other methods through", async () => {
    const { request, renders } = await startServer(() => ({ headers: shareable, body: "isi" }));
    await request("/usaha", { headers: { rsc: "1" } });
    await request("/usaha", { headers: { rsc: "1" } });
    await request("/usaha?_rsc=abc");
    await request("/usaha?_rsc=abc");
    await request("/usaha", { method: "HEAD" });
    await request("/usaha", { method: "HEAD" });
    expect(renders()).toBe(6);
  });

  it("keeps one copy per host, URL and accepted encoding", async () => {
    const { request, renders } = await startServer((incoming) => ({
      headers: shareable,
      body: `${incoming.headers["accept-encoding"] ?? "-"} ${incoming.url}`,
    }));
    await request("/cari?q=kopi", { headers: { "accept-encoding": "gzip" } });
    await request("/cari?q=kopi", { headers: { "accept-encoding": "identity" } });
    await request("/cari?q=batik", { headers: { "accept-encoding": "gzip" } });
    const hit = await request("/cari?q=kopi", { headers: { "accept-encoding": "identity" } });
    expect(hit.body).toBe("identity /cari?q=kopi");
    expect(renders()).toBe(3);
  });

  it("empties itself when a request that may change data finishes, but not for a counted view", async () => {
    let version = 0;
    const { request, renders } = await startServer((incoming) =>
      incoming.method === "POST" ? { status: 204 } : { headers: shareable, body: `v${++version}` },
    );
    await request("/usaha/kopi-tugu");
    await request("/api/listings/abc/views", { method: "POST" });
    expect((await request("/usaha/kopi-tugu")).body).toBe("v1");
    await request("/akun/listing/abc", { method: "POST" });
    expect((await request("/usaha/kopi-tugu")).body).toBe("v2");
    expect(renders()).toBe(4);
  });

  it("does not keep a page that was rendering while a change was made", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let version = 0;
    const { request, renders } = await startServer(async (incoming) => {
      if (incoming.method === "POST") return { status: 204 };
      const body = `v${++version}`;
      if (version === 1) await held;
      return { headers: shareable, body };
    });
    const slow = request("/usaha/kopi-tugu");
    await new Promise((resolve) => setTimeout(resolve, 20));
    await request("/admin/moderasi", { method: "POST" });
    release();
    expect((await slow).body).toBe("v1");
    expect((await request("/usaha/kopi-tugu")).body).toBe("v2");
    expect(renders()).toBe(3);
  });

  it("stays within its entry and size limits", async () => {
    const { request, cache, renders } = await startServer((incoming) => ({
      headers: shareable,
      body: incoming.url === "/besar" ? "x".repeat(1001) : "kecil",
    }));
    await request("/besar");
    await request("/besar");
    expect(renders()).toBe(2);
    for (const path of ["/a", "/b", "/c", "/d"]) await request(path);
    expect(cache.size).toBe(3);
    await request("/a"); // the oldest went first
    expect(renders()).toBe(7);
  });
});

describe("cache rules", () => {
  it("reads s-maxage only when the answer may be shared", () => {
    expect(readSharedMaxAge("s-maxage=60, stale-while-revalidate=240")).toBe(60_000);
    expect(readSharedMaxAge("public, max-age=0")).toBeNull();
    expect(readSharedMaxAge("private, s-maxage=60")).toBeNull();
    expect(readSharedMaxAge("s-maxage=0")).toBeNull();
    expect(readSharedMaxAge(undefined)).toBeNull();
  });

  it("compares ETags weakly, in a list or as *", () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag("*", '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });

  it("answers plain page GETs only", () => {
    const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });
    expect(cacheKeyOf(request("GET", "/usaha?kecamatan=klojen", { host: "a" }))).toBe("a /usaha?kecamatan=klojen ");
    expect(cacheKeyOf(request("GET", "/_next/static/chunks/x.js"))).toBeNull();
    expect(cacheKeyOf(request("GET", "/usaha", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKeyOf(request("POST", "/usaha"))).toBeNull();
    expect(mayChangeData(request("POST", "/api/listings/x/views?from=profil"))).toBe(false);
    expect(mayChangeData(request("DELETE", "/api/files/x"))).toBe(true);
    expect(mayChangeData(request("GET", "/verifikasi-email?token=x"))).toBe(false);
  });
});
