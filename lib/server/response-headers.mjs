// What the production server changes on every request and response (issue 20, item 8; docs/decisions/008).
// Plain JavaScript: `lib/server/portal-server.mjs` loads it without a build step.

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];
const INTERNAL = new Set(["x-matched-path", "x-powered-by", "x-nextjs-cache", "x-nextjs-matched-path"]);

/** Whether a request is Next's client router asking for a payload or calling an action (it reads x-nextjs-*). */
function isRouterRequest(request) {
  return (
    request.headers.rsc !== undefined ||
    request.headers["next-action"] !== undefined ||
    /[?&]_rsc=/.test(request.url ?? "")
  );
}

/**
 * A client's X-Forwarded-Host/-Proto/-Port and Forwarded would let it choose the host Next builds URLs from: they
 * are kept only when a trusted proxy sets them (`trustsProxy`: TRUSTED_CLIENT_IP_HEADER is configured). Headers
 * that only describe Next's internals never reach a visitor; on a page no x-nextjs-* header does, nor the proxy's
 * internal rewrite target (Next's client router reads a few on its own payload and action requests, which keep them).
 */
export function applyHeaderPolicy(request, response, { trustsProxy }) {
  if (!trustsProxy) for (const name of FORWARDED) delete request.headers[name];
  const isRouter = isRouterRequest(request);
  const isInternal = (name) => {
    const lower = String(name).toLowerCase();
    return INTERNAL.has(lower) || (!isRouter && (lower.startsWith("x-nextjs-") || lower === "x-middleware-rewrite"));
  };
  const setHeader = response.setHeader;
  response.setHeader = function (name, value) {
    return isInternal(name) ? this : setHeader.call(this, name, value);
  };
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    for (const argument of rest) {
      if (argument && typeof argument === "object" && !Array.isArray(argument))
        for (const name of Object.keys(argument)) if (isInternal(name)) delete argument[name];
    }
    for (const name of response.getHeaderNames()) if (isInternal(name)) response.removeHeader(name);
    return writeHead.call(this, status, ...rest);
  };
}
