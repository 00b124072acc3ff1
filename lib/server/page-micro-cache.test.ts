import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  cacheKeyOf,
  chooseEncoding,
  createPageMicroCache,
  matchesEtag,
  readSharedMaxAge,
  readStaleWhileRevalidate,
} from "./page-micro-cache.mjs";

type Answer = {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  chunks?: string[];
};
type Options = Parameters<typeof createPageMicroCache>[0];

/**
 * A real HTTP server with the cache in front of a stand-in for Next: `answer` decides each response, and `renders`
 * counts how often the stand-in ran. A POST to a path starting with /tulis stands for a server action that wrote
 * and revalidated pages (it calls the purge hook, as lib/cache/revalidate-pages.ts does).
 */
async function startServer(
  answer: (request: http.IncomingMessage) => Answer | Promise<Answer>,
  clock = { now: 0 },
  options: Options = {},
) {
  let port = 0;
  const cache = createPageMicroCache({
    maxBytes: 20_000,
    queryMaxBytes: 6_000,
    maxBodyBytes: 1000,
    now: () => clock.now,
    refreshOrigin: () => `http://127.0.0.1:${port}`,
    ...options,
  });
  let renders = 0;
  const server = http.createServer((request, response) =>
    cache.handle(request, response, async () => {
      renders++;
      const { status = 200, headers = {}, body = "", chunks } = await answer(request);
      if (request.method === "POST" && request.url!.startsWith("/tulis")) cache.requestPurge();
      // As Next does: headers one by one (headers given to writeHead itself are not readable back).
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      response.writeHead(status);
      for (const chunk of chunks ?? []) response.write(chunk);
      response.end(body);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  servers.push(server);
  const request = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  /** One raw request, body undecoded, to see the bytes and headers as sent. */
  const raw = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on("error", reject);
    });
  return { cache, request, raw, clock, renders: () => renders };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

const shareable = { "cache-control": "s-maxage=60, stale-while-revalidate=240", "content-type": "text/html" };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("page cache", () => {
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

  it("stores each page compressed once and serves it by Accept-Encoding, with an ETag and Vary", async () => {
    const html = `<html>${"kopi tugu malang ".repeat(40)}</html>`;
    const { raw, renders } = await startServer(() => ({ headers: { ...shareable, vary: "rsc" }, body: html }));
    await raw("/usaha/kopi-tugu", { "accept-encoding": "gzip" });
    const brotli = await raw("/usaha/kopi-tugu", { "accept-encoding": "gzip, deflate, br" });
    const gzip = await raw("/usaha/kopi-tugu", { "accept-encoding": "gzip;q=1, br;q=0" });
    const plain = await raw("/usaha/kopi-tugu");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(html);
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(html);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    expect(brotli.body.length).toBeLessThan(html.length / 4);
    for (const answer of [brotli, gzip, plain]) {
      expect(answer.headers["vary"]).toBe("rsc, Accept-Encoding");
      expect(answer.headers["content-length"]).toBe(String(answer.body.length));
      expect(answer.headers["etag"]).toBe(plain.headers["etag"]);
    }
    const notModified = await raw("/usaha/kopi-tugu", { "if-none-match": plain.headers["etag"]! });
    expect(notModified.status).toBe(304);
    expect(renders()).toBe(1);
  });

  it("keeps a page Next sent compressed, decoded once and compressed its own way", async () => {
    const html = "<html>halaman dikompresi oleh Next</html>";
    const { raw, cache } = await startServer(() => ({
      headers: { ...shareable, "content-encoding": "gzip" },
      body: zlib.gzipSync(html),
    }));
    await raw("/profil");
    await cache.settled(); // kept (compressed after the answer ended)
    const plain = await raw("/profil");
    expect(plain.headers["x-page-cache"]).toBe("HIT");
    expect(plain.body.toString()).toBe(html);
  });

  it("renders 100 concurrent misses for one URL once, and answers all of them", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { request, renders } = await startServer(async () => {
      await held;
      return { headers: shareable, body: "satu render" };
    });
    const answers = Array.from({ length: 100 }, () => request("/usaha?kecamatan=klojen"));
    await wait(100);
    release();
    const bodies = await Promise.all(answers);
    expect(bodies.every((answer) => answer.status === 200 && answer.body === "satu render")).toBe(true);
    expect(renders()).toBe(1);
  });

  it("lets the requests waiting on a render that cannot be shared render for themselves", async () => {
    const { request, renders } = await startServer(async () => {
      await wait(30);
      return { headers: { "cache-control": "private, no-store" }, body: "milik satu orang" };
    });
    const answers = await Promise.all(Array.from({ length: 3 }, () => request("/akun")));
    expect(answers.every((answer) => answer.body === "milik satu orang")).toBe(true);
    expect(renders()).toBe(3);
  });

  it("serves an expired copy while one background render refreshes it (stale-while-revalidate)", async () => {
    let version = 0;
    let release: () => void = () => {};
    let held = Promise.resolve();
    const { request, clock, renders, cache } = await startServer(async () => {
      const body = `v${++version}`;
      await held;
      return { headers: shareable, body };
    });
    await request("/");
    await cache.settled(); // kept (compressed after the answer ended)
    clock.now = 100_000; // long past s-maxage (60 s): writes purge it, so it is still fresh
    const kept = await request("/");
    expect([kept.body, kept.headers.get("x-page-cache"), renders()]).toEqual(["v1", "HIT", 1]);
    clock.now = 150_000; // fresh for 300 s less the stale window (240 s, at most half of it)
    held = new Promise<void>((resolve) => (release = resolve));
    const during = await Promise.all(Array.from({ length: 20 }, () => request("/")));
    expect(during.map((answer) => answer.body)).toEqual(Array(20).fill("v1"));
    expect(during[0]!.headers.get("x-page-cache")).toBe("STALE");
    expect(renders()).toBe(2); // one refresh, not twenty
    release();
    await expect.poll(async () => (await request("/")).body).toBe("v2");
    expect(renders()).toBe(2);
  });

  it("keeps a copy Next served past its own revalidate time as due, refreshed in the background at once", async () => {
    let version = 0;
    const { request, renders, cache } = await startServer(() => {
      version++;
      // Next's first answer comes from its own stale copy; the refresh finds its new render.
      return { headers: { ...shareable, "x-nextjs-cache": version === 1 ? "STALE" : "HIT" }, body: `v${version}` };
    });
    expect((await request("/acara")).body).toBe("v1");
    await cache.settled();
    const next = await request("/acara");
    expect([next.body, next.headers.get("x-page-cache"), next.headers.get("x-nextjs-cache")]).toEqual([
      "v1",
      "STALE",
      null,
    ]);
    await expect.poll(async () => (await request("/acara")).body).toBe("v2");
    expect((await request("/acara")).headers.get("x-page-cache")).toBe("HIT");
    expect(renders()).toBe(2);
  });

  it("never serves a copy older than its maximum age", async () => {
    let version = 0;
    const { request, clock, renders } = await startServer(
      () => ({ headers: { "cache-control": "s-maxage=60" }, body: `v${++version}` }),
      {
        now: 0,
      },
      { maxAgeMs: 5_000 },
    );
    await request("/");
    clock.now = 4_999;
    expect((await request("/")).body).toBe("v1");
    clock.now = 5_000;
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

  it("passes router payload requests, API routes and other methods through", async () => {
    const { request, renders } = await startServer(() => ({ headers: shareable, body: "isi" }));
    await request("/usaha", { headers: { rsc: "1" } });
    await request("/usaha", { headers: { rsc: "1" } });
    await request("/usaha?_rsc=abc");
    await request("/usaha?_rsc=abc");
    await request("/usaha", { method: "HEAD" });
    await request("/usaha", { method: "HEAD" });
    await request("/api/health");
    await request("/api/health");
    expect(renders()).toBe(8);
  });

  it("keeps one copy per URL whatever the host or encoding asked", async () => {
    const { request, renders } = await startServer((incoming) => ({ headers: shareable, body: `isi ${incoming.url}` }));
    await request("/cari?q=kopi", { headers: { "accept-encoding": "gzip" } });
    await request("/cari?q=kopi", { headers: { "accept-encoding": "identity", "x-forwarded-host": "jahat.example" } });
    await request("/cari?q=batik", { headers: { "accept-encoding": "gzip" } });
    const hit = await request("/cari?q=kopi", { headers: { "accept-encoding": "identity" } });
    expect(hit.body).toBe("isi /cari?q=kopi");
    expect(renders()).toBe(2);
  });

  it("empties itself when a write revalidated pages, but not for any other POST", async () => {
    let version = 0;
    const { request, renders, cache } = await startServer((incoming) =>
      incoming.method === "POST"
        ? { status: incoming.url === "/tidak-ada" ? 404 : 204 }
        : { headers: shareable, body: `v${++version}` },
    );
    await request("/usaha/kopi-tugu");
    await request("/api/listings/abc/views", { method: "POST" });
    await request("/tidak-ada", { method: "POST" });
    await request("/akun/listing/abc", { method: "POST" });
    expect((await request("/usaha/kopi-tugu")).body).toBe("v1");
    await request("/tulis/listing/abc", { method: "POST" });
    expect((await request("/usaha/kopi-tugu")).body).toBe("v2");
    expect(renders()).toBe(6);
    expect(cache.stats().purges).toBeGreaterThanOrEqual(1);
  });

  it("tells the other instances once the writing request has ended", async () => {
    const sent: number[] = [];
    const { request } = await startServer(
      (incoming) => (incoming.method === "POST" ? { status: 204 } : { headers: shareable, body: "isi" }),
      { now: 1_000 },
      { onPurge: ({ sentAt }) => sent.push(sentAt) },
    );
    await request("/usaha");
    await request("/tidak-menulis", { method: "POST" });
    expect(sent).toEqual([]);
    await request("/tulis/persetujuan", { method: "POST" });
    await expect.poll(() => sent).toEqual([1_000]);
  });

  it("empties itself on a purge from another instance and reports how late it came", async () => {
    let version = 0;
    const clock = { now: 10_000 };
    const { request, cache } = await startServer(() => ({ headers: shareable, body: `v${++version}` }), clock);
    await request("/");
    cache.purge({ sentAt: 9_850 });
    expect((await request("/")).body).toBe("v2");
    expect(cache.stats().lastPurgeLagMs).toBe(150);
  });

  it("does not keep a page that was rendering while a write revalidated pages", async () => {
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
    await wait(20);
    await request("/tulis/moderasi", { method: "POST" });
    release();
    expect((await slow).body).toBe("v1");
    expect((await request("/usaha/kopi-tugu")).body).toBe("v2");
    expect(renders()).toBe(3);
  });

  it("stays within its byte bound, least recently used out first, and counts hits", async () => {
    const { request, cache, renders } = await startServer((incoming) => ({
      headers: shareable,
      // Random hex: compression halves it at best, so each entry costs about 2 × 500 bytes + 1 kB of overhead.
      body: incoming.url === "/besar" ? "x".repeat(1001) : randomBytes(450).toString("hex"),
    }));
    await request("/besar");
    await request("/besar");
    expect(renders()).toBe(2); // over maxBodyBytes: never kept
    const paths = Array.from({ length: 12 }, (_, index) => `/usaha/u${index}`);
    for (const path of paths) {
      await request(path);
      await cache.settled(); // kept (compressed after the answer ended)
      await request(paths[0]!); // kept in use: never the one evicted
    }
    const stats = cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(20_000);
    expect(stats.evictions).toBeGreaterThan(0);
    expect((await request(paths[0]!)).headers.get("x-page-cache")).toBe("HIT");
    expect((await request(paths[1]!)).headers.get("x-page-cache")).toBeNull(); // the least recently used went
    expect(cache.stats().hitRate).toBeGreaterThan(0.3);
  });

  it("keeps arbitrary queries in their own small budget, so a flood of them never evicts the pages", async () => {
    const { request, cache } = await startServer((incoming) => ({
      headers: shareable,
      body: `hasil untuk ${incoming.url} `.repeat(10),
    }));
    await request("/usaha/kopi-tugu");
    await request("/usaha?kecamatan=klojen");
    await cache.settled(); // kept (compressed after the answer ended)
    await request("/usaha?kecamatan=klojen"); // asked again: a common query, moved to the main budget
    for (let index = 0; index < 200; index++) await request(`/cari?q=acak-${index}`);
    expect((await request("/usaha/kopi-tugu")).headers.get("x-page-cache")).toBe("HIT");
    expect((await request("/usaha?kecamatan=klojen")).headers.get("x-page-cache")).toBe("HIT");
    const stats = cache.stats();
    expect(stats.queryEntries).toBeGreaterThan(0);
    expect(stats.queryEntries).toBeLessThan(200);
    expect(stats.bytes).toBeLessThanOrEqual(26_000);
    // 200 pages compressed twice each: seconds on a loaded 2-core machine, beyond Vitest's 5 s default.
  }, 30_000);

  it("limits the uncached renders of URLs with a query per client, not the pages it can answer", async () => {
    const { request, renders } = await startServer(
      (incoming) => ({ headers: shareable, body: `hasil ${incoming.url}` }),
      { now: 0 },
      { renderBurst: 5, rendersPerSecond: 1, clientAddressHeader: "x-client-ip" },
    );
    const asClient = (ip: string) => ({ headers: { "x-client-ip": ip } });
    const statuses = [];
    for (let index = 0; index < 8; index++)
      statuses.push((await request(`/cari?q=${index}`, asClient("1.1.1.1"))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect((await request("/cari?q=0", asClient("1.1.1.1"))).status).toBe(200); // from memory
    expect((await request("/usaha/kopi", asClient("1.1.1.1"))).status).toBe(200); // no query: not limited
    expect((await request("/cari?q=baru", asClient("2.2.2.2"))).status).toBe(200); // another client
    expect(renders()).toBe(7);
  });
});

describe("cache rules", () => {
  it("reads s-maxage and stale-while-revalidate only when the answer may be shared", () => {
    expect(readSharedMaxAge("s-maxage=60, stale-while-revalidate=240")).toBe(60_000);
    expect(readStaleWhileRevalidate("s-maxage=60, stale-while-revalidate=240")).toBe(240_000);
    expect(readStaleWhileRevalidate("s-maxage=60")).toBe(0);
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

  it("chooses Brotli, then gzip, then none, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("identity")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
  });

  it("answers plain page GETs only", () => {
    const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });
    expect(cacheKeyOf(request("GET", "/usaha?kecamatan=klojen", { host: "a" }))).toBe("/usaha?kecamatan=klojen");
    expect(cacheKeyOf(request("GET", "/_next/static/chunks/x.js"))).toBeNull();
    expect(cacheKeyOf(request("GET", "/usaha", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKeyOf(request("GET", "/usaha", { "next-action": "abc" }))).toBeNull();
    expect(cacheKeyOf(request("POST", "/usaha"))).toBeNull();
  });
});
