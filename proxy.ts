import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { encodeDirectoryQuery } from "@/lib/directory/cache-key";
import { REQUEST_PATH_HEADER } from "@/lib/auth/return-path";

const handleI18nRouting = createMiddleware(routing);

// Directory and search URLs ("/usaha?kecamatan=klojen", "/en/cari?q=kopi") are served by a cached route whose path
// carries the filters (docs/decisions/004); the reader's URL does not change. "/id/…" is left to next-intl, which
// redirects it to the unprefixed URL first.
const directoryPath = /^\/(?:(en)\/)?(startup|usaha|komunitas|coworking|kampus|cari)\/?$/;
// Subsector pages carry a directory too: the same treatment, under their slug (docs/decisions/014).
const subsectorPath = /^\/(?:(en)\/)?subsektor\/([a-z0-9-]{1,80})\/?$/;

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const directory = directoryPath.exec(pathname);
  const subsector = directory ? null : subsectorPath.exec(pathname);
  const match = directory ?? subsector;
  if (!match) return handleI18nRouting(withRequestPath(request));
  const locale = match[1] ?? routing.defaultLocale;
  const url = request.nextUrl.clone();
  const query = encodeDirectoryQuery(request.nextUrl.searchParams);
  url.pathname = subsector
    ? `/${locale}/saring/subsektor/${subsector[2]}/${query}`
    : `/${locale}/saring/${match[2]}/${query}`;
  // Next's client router marks its payload requests with `_rsc`; keep it, drop the rest (now in the path).
  const rsc = request.nextUrl.searchParams.get("_rsc");
  url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`;
  return NextResponse.rewrite(url);
}

/**
 * Tells the page which path and query it serves (next-intl forwards request headers), so a page that needs a
 * signed-in reader can send them to sign in and back here (lib/auth/session.ts). Any such header the client sent
 * is overwritten.
 */
function withRequestPath(request: NextRequest): NextRequest {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return new NextRequest(request, { headers });
}

export const config = {
  // Pages only: API routes, feeds, Next's assets and files with an extension are not localised.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
