import { NextRequest } from "next/server";

const CALLBACK_URL_COOKIES = new Set(["authjs.callback-url", "__Secure-authjs.callback-url"]);

/** Auth.js's own test for a callback URL: an absolute http(s) URL, or a path starting with "/". */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Auth.js answers 500 ("server configuration") to any request whose `callbackUrl` query parameter or callback-url
 * cookie is not an http(s) URL — a cookie anyone can set for themselves. Such a value is dropped before Auth.js
 * sees the request, so it falls back to the portal's home; valid ones still go through the redirect callback
 * (`toSafeRedirect`), which keeps them on the portal.
 */
export async function withoutInvalidCallbackUrl(request: NextRequest): Promise<NextRequest> {
  const url = new URL(request.url);
  let isChanged = false;
  const param = url.searchParams.get("callbackUrl");
  if (param !== null && !isHttpUrl(param, url.origin)) {
    url.searchParams.delete("callbackUrl");
    isChanged = true;
  }
  const headers = new Headers(request.headers);
  const cookie = headers.get("cookie");
  if (cookie) {
    const parts = cookie.split(";");
    const kept = parts.filter((part) => {
      const separator = part.indexOf("=");
      const name = part.slice(0, separator).trim();
      if (separator < 0 || !CALLBACK_URL_COOKIES.has(name)) return true;
      try {
        return isHttpUrl(decodeURIComponent(part.slice(separator + 1).trim()), url.origin);
      } catch {
        return false;
      }
    });
    if (kept.length !== parts.length) {
      headers.set("cookie", kept.join(";"));
      isChanged = true;
    }
  }
  if (!isChanged) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(url, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
  });
}
