import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { hasControlCharacters } from "@/lib/forms/text";

/**
 * Auth.js answers a `callbackUrl` it cannot use (control characters, `javascript:`, junk) with its own error page
 * and status 500. A callback is only ever a path or an http(s) address, so anything else is refused here with 400.
 */
function isUsableCallbackUrl(request: NextRequest): boolean {
  const value = request.nextUrl.searchParams.get("callbackUrl");
  if (value === null) return true;
  if (value.length > 2000 || hasControlCharacters(value)) return false;
  try {
    const url = new URL(value, request.nextUrl.origin);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const badRequest = () =>
  new Response("Permintaan tidak valid. / Bad request.", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: NextRequest) {
  return isUsableCallbackUrl(request) ? handlers.GET(request) : badRequest();
}

export async function POST(request: NextRequest) {
  return isUsableCallbackUrl(request) ? handlers.POST(request) : badRequest();
}
