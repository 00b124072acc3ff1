// Where sign-in returns someone: the page they asked for, as a path on this site. Anything else (another origin,
// "//host", a backslash trick, control characters, a huge value, the sign-in page itself) is refused with null, so
// the caller falls back to /akun.

/** The request header the proxy sets to the path and query being served (it overwrites any the client sent). */
export const REQUEST_PATH_HEADER = "x-portal-path";

const MAX_RETURN_PATH_LENGTH = 1000;
const BASE = "https://portal.invalid";

export function readReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_RETURN_PATH_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    const url = new URL(value, BASE);
    decodeURI(url.pathname);
    if (url.origin !== BASE) return null;
    if (/^\/(?:en\/)?(?:masuk|api)(?:\/|$)/.test(url.pathname)) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
