import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withoutInvalidCallbackUrl } from "@/lib/auth/safe-auth-request";

// Authorization: Auth.js's own endpoints (session, CSRF token, sign-in and sign-out); they grant nothing by themselves.
export async function GET(request: NextRequest) {
  return handlers.GET(await withoutInvalidCallbackUrl(request));
}

export async function POST(request: NextRequest) {
  return handlers.POST(await withoutInvalidCallbackUrl(request));
}
