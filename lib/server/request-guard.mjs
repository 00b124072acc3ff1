// Requests Next.js would answer with a 500 (and without the security headers) although the client is at fault:
// a malformed %-escape or a control character in the path, and server-action posts from another or a malformed
// Origin, over the body limit, of unknown length, or with a body that is not a form. The production server
// (portal-server.mjs) asks this guard first; it answers those with a small 4xx and the security headers.
import { securityHeaders } from "./security-headers.mjs";

/** next.config.ts `experimental.serverActions.bodySizeLimit` ("6mb", as Next's `bytes` parser reads it). */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
const DRAIN_LIMIT_BYTES = 2 * ACTION_BODY_LIMIT_BYTES;

const messages = {
  400: "Permintaan tidak valid. / Bad request.",
  403: "Permintaan ditolak. / Forbidden.",
  411: "Panjang permintaan wajib disebutkan. / Length required.",
  413: "Permintaan terlalu besar. / Payload too large.",
};

const controlCharacter = /[\u0000-\u001F\u007F]/;

/** The first value of a header that may be repeated or comma-separated. */
function firstHeader(value) {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === "string" ? text.split(",")[0].trim() : undefined;
}

function decodes(text) {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** Why the request must be refused (a status), or null when Next may have it. */
export function checkRequest({ method, url, headers }) {
  const target = url ?? "/";
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  if (!decodes(path)) return 400;
  if (controlCharacter.test(decodeURIComponent(path))) return 400;
  if (queryStart !== -1) {
    // Each parameter is decoded by Next and the pages; a malformed escape there must not become a 500 either.
    const query = target.slice(queryStart + 1).replace(/\+/g, " ");
    if (!query.split("&").every(decodes)) return 400;
  }

  if (method !== "POST") return null;
  const contentType = String(headers["content-type"] ?? "").toLowerCase();
  const isFetchAction = headers["next-action"] !== undefined;
  const isFormAction = contentType.startsWith("multipart/form-data") && !path.startsWith("/api/");
  if (!isFetchAction && !isFormAction) return null;

  // Next compares the Origin's host with x-forwarded-host, or else Host, and throws (a 500) when they differ.
  const origin = firstHeader(headers.origin);
  if (origin !== undefined) {
    let originHost;
    try {
      originHost = new URL(origin).host;
    } catch {
      return 403;
    }
    const host = firstHeader(headers["x-forwarded-host"]) ?? firstHeader(headers.host);
    if (!originHost || originHost !== host) return 403;
  }
  // Every form this portal posts is multipart with its boundary (the browser's own, or React's encoding of a
  // FormData argument); anything else cannot be one of its actions and would fail to decode.
  if (!/^multipart\/form-data;.*\bboundary=/.test(contentType)) return 400;
  const length = headers["content-length"];
  if (length === undefined) return 411;
  if (!/^\d+$/.test(String(length))) return 400;
  if (Number(length) > ACTION_BODY_LIMIT_BYTES) return 413;
  return null;
}

/** A server-action post whose body the guard reads (and gives back) to check that it is a well-formed form. */
function isActionPost({ method, url, headers }) {
  if (method !== "POST") return false;
  const path = (url ?? "/").split("?")[0];
  const contentType = String(headers["content-type"] ?? "").toLowerCase();
  return (
    headers["next-action"] !== undefined || (contentType.startsWith("multipart/form-data") && !path.startsWith("/api/"))
  );
}

/**
 * Reads the announced body (at most ACTION_BODY_LIMIT_BYTES, checked before) without letting the stream end, so
 * that it can be put back with unshift() for Next to read as if untouched.
 */
function readAnnouncedBody(request, length) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const finish = (error) => {
      request.off("readable", onReadable);
      request.off("end", onEnd);
      request.off("error", finish);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    function onReadable() {
      let chunk;
      while (size < length && (chunk = request.read()) !== null) {
        chunks.push(chunk);
        size += chunk.length;
      }
      if (size >= length) finish();
    }
    const onEnd = () => finish();
    request.on("readable", onReadable);
    request.on("end", onEnd);
    request.on("error", finish);
  });
}

/** Whether a multipart body parses as a form (a truncated or garbled one makes Next's parser throw: a 500). */
async function isWellFormedForm(body, contentType) {
  try {
    await new Response(body, { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

function answer(request, response, status) {
  const body = `${status} ${messages[status]}\n`;
  const headers = {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
  };
  // The client is still sending its body: read and drop it, so that it sees the answer rather than a broken pipe;
  // a body announced far over the limit is not worth reading, and the connection closes after the answer.
  if (Number(request.headers["content-length"] ?? 0) > DRAIN_LIMIT_BYTES) headers.Connection = "close";
  else request.resume();
  for (const { key, value } of securityHeaders) headers[key] = value;
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}

/**
 * Next redirects "/usaha/" to "/usaha" without the security headers; the guard sends that redirect itself. Leading
 * slashes collapse to one, so "//host/" can never become a redirect to another host.
 */
function trailingSlashTarget(url) {
  const target = url ?? "/";
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  if (path.length < 2 || !path.endsWith("/")) return null;
  const trimmed = path.replace(/\/+$/, "").replace(/^\/+/, "/") || "/";
  return trimmed + (queryStart === -1 ? "" : target.slice(queryStart));
}

/**
 * Answers a refused request itself (true); false when Next should handle it. Server-action posts are checked to
 * their last byte, so the answer may come later (a promise).
 */
export function refuseMalformedRequest(request, response) {
  const status = checkRequest(request);
  if (status !== null) return answer(request, response, status);
  const location = trailingSlashTarget(request.url);
  if (location !== null) {
    const headers = { Location: location, "Content-Length": "0", "Cache-Control": "no-store" };
    for (const { key, value } of securityHeaders) headers[key] = value;
    response.writeHead(308, headers);
    response.end();
    return true;
  }
  if (!isActionPost(request)) return false;
  return readAnnouncedBody(request, Number(request.headers["content-length"])).then(
    async (body) => {
      if (!(await isWellFormedForm(body, String(request.headers["content-type"])))) {
        return answer(request, response, 400);
      }
      if (body.length > 0) request.unshift(body);
      return false;
    },
    () => answer(request, response, 400),
  );
}
