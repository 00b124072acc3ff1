// Next's built scripts and styles (`/_next/static/…`, content-hashed, immutable), compressed once with Brotli and
// gzip and served from memory by Accept-Encoding. Next itself gzips them again on every request and never uses
// Brotli; a first visit downloads ~140 kB of gzipped JavaScript (decision 027), about a fifth less as Brotli.
// Anything this does not answer (other files, missing files, HEAD/GET only) falls through to Next.
// Plain JavaScript: `lib/server/portal-server.mjs` loads it without a build step.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { promisify } from "node:util";
import { chooseEncoding, matchesEtag } from "./page-micro-cache.mjs";
import { baseSecurityHeaders } from "./security-headers.mjs";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const PREFIX = "/_next/static/";
const TYPES = new Map([
  [".js", "application/javascript; charset=UTF-8"],
  [".css", "text/css; charset=UTF-8"],
]);

/**
 * `staticDir`: the build's `.next/static`. Returns `handle(request, response)`, which answers and returns true for
 * a compressible asset the client takes compressed, and returns false (touching nothing) otherwise.
 */
export function createStaticAssets({ staticDir }) {
  const root = path.resolve(staticDir);
  // path → Promise of { br, gzip, etag, type } or null (not a file). The set is finite: one build's files.
  const entries = new Map();

  function load(relative) {
    let entry = entries.get(relative);
    if (!entry) {
      entry = (async () => {
        const file = path.join(root, relative);
        if (!file.startsWith(root + path.sep)) return null;
        let source;
        try {
          source = await fs.readFile(file);
        } catch {
          return null;
        }
        const [br, gz] = await Promise.all([
          brotli(source, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
          gzip(source, { level: 9 }),
        ]);
        const etag = `"${createHash("sha1").update(source).digest("base64url")}"`;
        return { br, gzip: gz, etag, type: TYPES.get(path.extname(file)) };
      })();
      entries.set(relative, entry);
    }
    return entry;
  }

  return async function handle(request, response) {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const url = request.url ?? "";
    if (!url.startsWith(PREFIX) || url.includes("?")) return false;
    let relative;
    try {
      relative = decodeURIComponent(url.slice(PREFIX.length));
    } catch {
      return false;
    }
    if (!TYPES.has(path.extname(relative)) || relative.includes("\0") || relative.split("/").includes("..")) {
      return false;
    }
    const encoding = chooseEncoding(request.headers["accept-encoding"]);
    if (encoding === "identity") return false;
    const entry = await load(relative);
    if (!entry) return false;
    const headers = {
      // The same headers next.config.ts gives every path, as Next would have sent them with the file.
      ...Object.fromEntries(baseSecurityHeaders.map(({ key, value }) => [key, value])),
      "content-type": entry.type,
      "cache-control": "public, max-age=31536000, immutable",
      vary: "Accept-Encoding",
      etag: entry.etag,
    };
    if (matchesEtag(request.headers["if-none-match"], entry.etag)) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    const body = entry[encoding];
    response.writeHead(200, { ...headers, "content-encoding": encoding, "content-length": String(body.length) });
    response.end(request.method === "HEAD" ? undefined : body);
    return true;
  };
}
