// A short-lived, in-process HTTP cache in front of Next's request handler (docs/decisions/008). It keeps only what
// Next itself marks as shareable — a 200 answer with `Cache-Control: s-maxage=…`, no `Set-Cookie` — for at most
// `ttlMs`, and answers the same plain document request from memory until then. Any request that may change data
// (every method but GET/HEAD/OPTIONS, except the profile-view beacon) empties it when it finishes, so this
// instance shows an approved edit at once; other instances within `ttlMs`.
// Plain JavaScript: `lib/server/portal-server.mjs` loads it without a build step.

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date"]);
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const VIEW_BEACON = /^\/api\/listings\/[^/]+\/views$/;

/** The longest time a shared cache may keep the answer (s-maxage), in ms, or null when it must not keep it. */
export function readSharedMaxAge(cacheControl) {
  if (typeof cacheControl !== "string") return null;
  const directives = cacheControl
    .toLowerCase()
    .split(",")
    .map((part) => part.trim());
  if (directives.some((d) => d === "private" || d === "no-store" || d === "no-cache")) return null;
  const sMaxAge = directives.find((d) => d.startsWith("s-maxage="));
  const seconds = sMaxAge ? Number(sMaxAge.slice("s-maxage=".length)) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}

/** The cache key of a request this cache may answer, or null. Only plain GETs of a page (no router payloads). */
export function cacheKeyOf(request) {
  if (request.method !== "GET") return null;
  const url = request.url ?? "";
  if (url.includes("_rsc=") || url.startsWith("/_next/")) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  // The answer varies by Accept-Encoding (compressed or not) and names the host in its alternate links.
  const encoding = String(request.headers["accept-encoding"] ?? "")
    .replace(/\s+/g, "")
    .toLowerCase();
  return `${request.headers.host ?? ""} ${url} ${encoding}`;
}

/** Whether an If-None-Match header names the stored ETag (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch, etag) {
  if (typeof ifNoneMatch !== "string" || typeof etag !== "string") return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** Whether a finished request may have changed what pages show (anything but a read or a counted view). */
export function mayChangeData(request) {
  if (READ_METHODS.has(request.method ?? "GET")) return false;
  const path = (request.url ?? "").split("?")[0];
  return !VIEW_BEACON.test(path);
}

export function createPageMicroCache({
  ttlMs = 1000,
  maxEntries = 500,
  maxBodyBytes = 2 * 1024 * 1024,
  now = Date.now,
} = {}) {
  /** @type {Map<string, { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number; expiresAt: number }>} */
  const entries = new Map();
  let generation = 0;

  function clear() {
    entries.clear();
    generation++;
  }

  /** Answers the request from memory when it can; returns whether it did. */
  function serve(request, response) {
    const key = cacheKeyOf(request);
    if (key === null) return false;
    const entry = entries.get(key);
    if (!entry) return false;
    const at = now();
    if (at >= entry.expiresAt) {
      entries.delete(key);
      return false;
    }
    const age = String(Math.floor((at - entry.storedAt) / 1000));
    // A browser revalidating its copy gets "not modified", as Next itself would answer.
    if (matchesEtag(request.headers["if-none-match"], entry.headers.etag)) {
      const kept = ["etag", "cache-control", "vary"].filter((name) => entry.headers[name] !== undefined);
      response.writeHead(304, {
        ...Object.fromEntries(kept.map((name) => [name, entry.headers[name]])),
        age,
        "x-page-cache": "HIT",
      });
      response.end();
      return true;
    }
    response.writeHead(entry.status, {
      ...entry.headers,
      age,
      "x-page-cache": "HIT",
      "content-length": String(entry.body.length),
    });
    response.end(entry.body);
    return true;
  }

  /** Watches a request that `serve` did not answer: keeps its answer if shareable, or empties the cache after a write. */
  function observe(request, response) {
    if (mayChangeData(request)) {
      response.once("finish", clear);
      response.once("close", clear);
      return;
    }
    const key = cacheKeyOf(request);
    if (key === null) return;
    const startedIn = generation;
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
    response.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    const store = () => {
      // A write finished while this page was rendering: its copy may predate the change.
      if (isTooBig || generation !== startedIn || response.statusCode !== 200) return;
      if (response.getHeader("set-cookie") !== undefined) return;
      const sharedMaxAge = readSharedMaxAge(response.getHeader("cache-control"));
      if (sharedMaxAge === null) return;
      const headers = {};
      for (const [name, value] of Object.entries(response.getHeaders())) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value : String(value);
      }
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
      const storedAt = now();
      entries.set(key, {
        status: 200,
        headers,
        body: Buffer.concat(chunks),
        storedAt,
        expiresAt: storedAt + Math.min(ttlMs, sharedMaxAge),
      });
    };
    // Kept when the answer is complete (at `end`, not at "finish"), so the very next request can be answered.
    response.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      const result = end.call(this, chunk, encoding, callback);
      store();
      return result;
    };
  }

  return {
    serve,
    observe,
    clear,
    get size() {
      return entries.size;
    },
  };
}
