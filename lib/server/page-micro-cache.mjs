// The production server's in-process HTTP cache in front of Next's request handler (docs/decisions/008). It keeps
// only what Next itself marks as shareable — a 200 answer with `Cache-Control: s-maxage=…`, no `Set-Cookie` — and
// behaves like a good shared cache:
// - fresh until a write purges it, at most `maxAgeMs` less the answer's `stale-while-revalidate` (capped at half),
//   then served stale while ONE background render refreshes it; never older than `maxAgeMs`;
// - concurrent misses for one URL wait for one render (coalescing);
// - emptied when a write revalidates pages (`requestPurge`, called through the process-wide hook by
//   lib/cache/revalidate-pages.ts), on this instance at once and on the others through `onPurge` (Redis);
// - bodies kept once, compressed with gzip and Brotli, served by Accept-Encoding with ETag/304 and `Vary`;
// - bounded in bytes (least recently used first); URLs with a query start in a smaller separate budget and move to
//   the main one only when asked for again, so a flood of unique searches never evicts the directory and profiles;
// - misses of URLs with a query are limited per client (token bucket), so nobody can make it render without end.
// Plain JavaScript: `lib/server/portal-server.mjs` loads it without a build step.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
// Not stored: per-connection, recomputed per encoding, or internal to Next (decision 008, issue 20 item 8).
const NOT_STORED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "content-length",
  "content-encoding",
  "x-matched-path",
  "x-powered-by",
]);
const REFRESH_HEADER = "x-page-cache-refresh";
const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/** The longest time a shared cache may keep the answer (s-maxage), in ms, or null when it must not keep it. */
export function readSharedMaxAge(cacheControl) {
  const directives = readDirectives(cacheControl);
  if (directives === null) return null;
  const seconds = Number(directives.get("s-maxage"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}

/** How long a stale copy may still be served while it is re-rendered (stale-while-revalidate), in ms. */
export function readStaleWhileRevalidate(cacheControl) {
  const seconds = Number(readDirectives(cacheControl)?.get("stale-while-revalidate"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

function readDirectives(cacheControl) {
  if (typeof cacheControl !== "string") return null;
  const directives = new Map(
    cacheControl
      .toLowerCase()
      .split(",")
      .map((part) => part.trim().split("=", 2))
      .map(([name, value]) => [name, value ?? ""]),
  );
  if (directives.has("private") || directives.has("no-store") || directives.has("no-cache")) return null;
  return directives;
}

/**
 * The cache key of a request this cache may answer, or null. Only plain GETs of a page (no router payloads). The
 * host is not part of it: pages build their absolute URLs from the configured origin (AUTH_URL), never the request.
 */
export function cacheKeyOf(request) {
  if (request.method !== "GET") return null;
  const url = request.url ?? "";
  if (url.includes("_rsc=") || url.startsWith("/_next/") || url.startsWith("/api/")) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  if (request.headers["next-action"] !== undefined) return null;
  return url;
}

/** Whether an If-None-Match header names the stored ETag (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch, etag) {
  if (typeof ifNoneMatch !== "string" || typeof etag !== "string") return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** The stored body to send for an Accept-Encoding header: "br", "gzip" or "identity" (q=0 refuses a coding). */
export function chooseEncoding(acceptEncoding) {
  const accepted = new Map();
  for (const part of String(acceptEncoding ?? "")
    .toLowerCase()
    .split(",")) {
    const [name, ...parameters] = part.trim().split(";");
    if (!name) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const weight = (name) => accepted.get(name) ?? accepted.get("*") ?? 0;
  if (weight("br") > 0) return "br";
  if (weight("gzip") > 0) return "gzip";
  return "identity";
}

/** Whether the URL carries a query: such pages are arbitrary (searches, filters) and start in the smaller budget. */
function hasQuery(key) {
  return key.includes("?");
}

function decode(body, contentEncoding) {
  const encoding = String(contentEncoding ?? "identity").toLowerCase();
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  if (encoding === "identity" || encoding === "") return body;
  return null;
}

/** A least-recently-used map bounded in bytes. */
function createBudget(maxBytes) {
  const entries = new Map();
  let bytes = 0;
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    delete(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      bytes -= entry.bytes;
      return entry;
    },
    set(key, entry) {
      this.delete(key);
      if (entry.bytes > maxBytes) return 0;
      entries.set(key, entry);
      bytes += entry.bytes;
      let evicted = 0;
      while (bytes > maxBytes) {
        const oldest = entries.keys().next().value;
        this.delete(oldest);
        evicted++;
      }
      return evicted;
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

export function createPageMicroCache({
  maxAgeMs = 300_000,
  maxBytes = 64 * 1024 * 1024,
  queryMaxBytes = 8 * 1024 * 1024,
  maxBodyBytes = 2 * 1024 * 1024,
  // Renders of URLs with a query that the cache could not answer, per client: a burst, then so many per second.
  renderBurst = 30,
  rendersPerSecond = 10,
  clientAddressHeader,
  // Where a background refresh is sent (this same server on loopback); without it a due entry is rendered by the
  // request that finds it, while the others get the stale copy.
  refreshOrigin,
  onPurge,
  now = Date.now,
} = {}) {
  const main = createBudget(maxBytes);
  const queries = createBudget(queryMaxBytes);
  /** @type {Map<string, Promise<object | null>>} */
  const inflight = new Map();
  const buckets = new Map();
  const refreshToken = randomBytes(18).toString("base64url");
  const counters = { hits: 0, stale: 0, misses: 0, coalesced: 0, renders: 0, refused: 0, evictions: 0, purges: 0 };
  let generation = 0;
  let lastPurgeLagMs = null;
  let isPurgeRequested = false;
  // Two background refreshes at a time at most: serving from memory comes first.
  const refreshAgent = new http.Agent({ keepAlive: true, maxSockets: 2 });

  function purge({ sentAt } = {}) {
    main.clear();
    queries.clear();
    generation++;
    counters.purges++;
    if (typeof sentAt === "number") lastPurgeLagMs = Math.max(0, now() - sentAt);
  }

  /** A write revalidated pages: empty now, and again (and tell the other instances) when its request ends. */
  function requestPurge() {
    purge();
    isPurgeRequested = true;
  }

  function finishRequestedPurge() {
    if (!isPurgeRequested) return;
    isPurgeRequested = false;
    purge();
    onPurge?.({ sentAt: now() });
  }

  function lookup(key) {
    const entry = main.get(key);
    if (entry) return entry;
    const candidate = queries.get(key);
    // Asked for again: a common query, worth a place among the directory and profiles.
    if (candidate) {
      queries.delete(key);
      counters.evictions += main.set(key, candidate);
    }
    return candidate;
  }

  function clientOf(request) {
    const forwarded = clientAddressHeader ? request.headers[clientAddressHeader] : undefined;
    const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
    if (value) return String(value).split(",")[0].trim();
    return request.socket?.remoteAddress ?? "";
  }

  /** Whether this client may have one more uncached render of a URL with a query. Loopback is exempt. */
  function mayRender(request) {
    const client = clientOf(request);
    if (!clientAddressHeader && LOOPBACK.test(client)) return true;
    const at = now();
    const bucket = buckets.get(client) ?? { tokens: renderBurst, at };
    bucket.tokens = Math.min(renderBurst, bucket.tokens + ((at - bucket.at) / 1000) * rendersPerSecond);
    bucket.at = at;
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > 10_000) buckets.delete(buckets.keys().next().value);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  function send(request, response, entry, state) {
    const at = now();
    const age = String(Math.max(0, Math.floor((at - entry.storedAt) / 1000)));
    if (matchesEtag(request.headers["if-none-match"], entry.etag)) {
      const kept = ["cache-control", "vary", "content-security-policy"].filter((n) => entry.headers[n] !== undefined);
      response.writeHead(304, {
        ...Object.fromEntries(kept.map((name) => [name, entry.headers[name]])),
        etag: entry.etag,
        age,
        "x-page-cache": state,
      });
      response.end();
      return;
    }
    const encoding = chooseEncoding(request.headers["accept-encoding"]);
    // Only the compressed bodies are kept (a third of the memory); the rare client that accepts neither gets gzip's
    // decoded on the way out.
    const body = encoding === "identity" ? zlib.gunzipSync(entry.bodies.gzip) : entry.bodies[encoding];
    response.writeHead(200, {
      ...entry.headers,
      ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
      etag: entry.etag,
      age,
      "x-page-cache": state,
      "content-length": String(body.length),
    });
    response.end(body);
  }

  function refreshInBackground(key, entry, request) {
    if (!refreshOrigin) return false;
    entry.isRefreshing = true;
    const outgoing = http.get(
      `${refreshOrigin()}${key}`,
      {
        agent: refreshAgent,
        headers: {
          host: request.headers.host ?? "localhost",
          "accept-encoding": "identity",
          [REFRESH_HEADER]: refreshToken,
        },
      },
      (answer) => {
        answer.resume();
        // Done once the new copy is kept (compression runs after the answer ended) or was found unfit to keep.
        answer.on("end", () => Promise.resolve(inflight.get(key)).then(() => (entry.isRefreshing = false)));
      },
    );
    outgoing.on("error", () => (entry.isRefreshing = false));
    return true;
  }

  /**
   * Answers the request from memory, waits for a render another request started, or renders it through `render`
   * (Next's handler) and keeps the answer when it may be shared.
   */
  function handle(request, response, render) {
    const isRefresh = request.headers[REFRESH_HEADER] !== undefined;
    const isOurRefresh = isRefresh && request.headers[REFRESH_HEADER] === refreshToken;
    if (isRefresh) delete request.headers[REFRESH_HEADER];
    const key = cacheKeyOf(request);
    if (key === null) return pass(request, response, render);
    if (isOurRefresh) return fill(key, request, response, render);

    const entry = lookup(key);
    if (entry) {
      const age = now() - entry.storedAt;
      if (age < entry.freshMs) {
        counters.hits++;
        return send(request, response, entry, "HIT");
      }
      if (age < entry.staleMs) {
        counters.stale++;
        if (!entry.isRefreshing && !refreshInBackground(key, entry, request)) {
          // No loopback to refresh through: this request renders it, everyone else gets the stale copy meanwhile.
          entry.isRefreshing = true;
          return fill(key, request, response, render);
        }
        return send(request, response, entry, "STALE");
      }
      main.delete(key);
      queries.delete(key);
    }
    const pending = inflight.get(key);
    if (pending) {
      counters.coalesced++;
      pending.then((stored) => {
        if (stored) send(request, response, stored, "HIT");
        else pass(request, response, render);
      });
      return;
    }
    counters.misses++;
    if (hasQuery(key) && !mayRender(request)) {
      counters.refused++;
      response.writeHead(429, {
        "content-type": "text/plain; charset=utf-8",
        "retry-after": "1",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      response.end("Terlalu banyak permintaan. Coba lagi sebentar lagi. / Too many requests, try again shortly.\n");
      return;
    }
    return fill(key, request, response, render);
  }

  function pass(request, response, render) {
    response.once("close", finishRequestedPurge);
    return render(request, response);
  }

  /** Renders through Next, collecting the answer; keeps it when shareable and no write ended meanwhile. */
  function fill(key, request, response, render) {
    let settle;
    const stored = new Promise((resolve) => (settle = resolve));
    inflight.set(key, stored);
    const startedIn = generation;
    counters.renders++;
    const chunks = [];
    let size = 0;
    let isTooBig = false;
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || isTooBig) return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : Buffer.from(String(chunk), typeof encoding === "string" ? encoding : "utf8");
      size += buffer.length;
      if (size > maxBodyBytes) {
        isTooBig = true;
        chunks.length = 0;
        return;
      }
      chunks.push(Buffer.from(buffer)); // a copy: the writer may reuse its buffer
    };
    const write = response.write;
    const end = response.end;
    // Whether Next answered from a copy past its own revalidate time (`x-nextjs-cache: STALE`, a header the server
    // drops before it leaves): such a copy is kept as due, so the next request refreshes it in the background
    // instead of the cache holding Next's old render for its whole fresh life.
    let isNextStale = false;
    const setHeader = response.setHeader;
    response.setHeader = function (name, value) {
      if (String(name).toLowerCase() === "x-nextjs-cache") isNextStale = String(value).toUpperCase() === "STALE";
      return setHeader.call(this, name, value);
    };
    response.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    let isDone = false;
    const finish = (entry) => {
      if (isDone) return;
      isDone = true;
      if (inflight.get(key) === stored) inflight.delete(key);
      settle(entry);
    };
    const store = async (renderedAt) => {
      if (isTooBig || response.statusCode !== 200) return null;
      if (response.getHeader("set-cookie") !== undefined) return null;
      const cacheControl = response.getHeader("cache-control");
      if (readSharedMaxAge(cacheControl) === null) return null;
      const identity = decode(Buffer.concat(chunks), response.getHeader("content-encoding"));
      if (identity === null) return null;
      const headers = {};
      for (const [name, value] of Object.entries(response.getHeaders())) {
        if (!NOT_STORED.has(name) && !name.startsWith("x-nextjs-") && value !== undefined)
          headers[name] = Array.isArray(value) ? value : String(value);
      }
      const vary = String(headers.vary ?? "");
      if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary))
        headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
      const etag =
        typeof headers.etag === "string"
          ? headers.etag
          : `W/"${createHash("sha1").update(identity).digest("base64url").slice(0, 27)}"`;
      delete headers.etag;
      const [gzipped, brotlied] = await Promise.all([
        gzip(identity, { level: 9 }),
        brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
      ]);
      // A write ended while this page was rendering or compressing: its copy may predate the change.
      if (generation !== startedIn) return null;
      const storedAt = renderedAt;
      const entry = {
        headers,
        etag,
        bodies: { gzip: gzipped, br: brotlied },
        bytes: gzipped.length + brotlied.length + 1024,
        storedAt,
        // Writes purge it, so it stays fresh well beyond s-maxage: until the part of the maximum age that is not
        // needed to serve it stale (at most half of it) while one render refreshes it.
        freshMs: isNextStale ? 0 : maxAgeMs - Math.min(readStaleWhileRevalidate(cacheControl), maxAgeMs / 2),
        staleMs: maxAgeMs,
        isRefreshing: false,
      };
      const budget = hasQuery(key) && !main.get(key) ? queries : main;
      if (budget === main) queries.delete(key);
      counters.evictions += budget.set(key, entry);
      return entry;
    };
    // Kept when the answer is complete (at `end`, not at "finish"), so the very next request can be answered.
    response.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      const result = end.call(this, chunk, encoding, callback);
      store(now()).then(finish, () => finish(null));
      return result;
    };
    response.once("close", () => {
      finishRequestedPurge();
      // Aborted before its end: nothing to keep; those waiting render for themselves.
      if (!response.writableEnded) finish(null);
    });
    return render(request, response);
  }

  return {
    handle,
    purge,
    requestPurge,
    /** Resolves once the renders in progress are kept or dropped (compression runs after the answer ended). */
    settled: () => Promise.all([...inflight.values()]).then(() => undefined),
    stats() {
      const lookups = counters.hits + counters.stale + counters.misses + counters.coalesced;
      return {
        entries: main.size + queries.size,
        bytes: main.bytes + queries.bytes,
        maxBytes: maxBytes + queryMaxBytes,
        queryEntries: queries.size,
        hitRate:
          lookups === 0 ? 0 : Number(((counters.hits + counters.stale + counters.coalesced) / lookups).toFixed(4)),
        ...counters,
        lastPurgeLagMs,
      };
    },
    get size() {
      return main.size + queries.size;
    },
  };
}
