import "server-only";
import type { SessionUser } from "@/lib/auth/credentials";
import { isStaffRole, mustEnrolSecondFactor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";

// The one check of the staff-only download routes (listing and invitation exports, CSV and XLSX).

export const privateNoStore = { "Cache-Control": "private, no-store" };

/** The signed-in staff member (second factor enrolled where required), or null for anyone else. */
export async function getDownloadingStaff(): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  if (!user || !isStaffRole(user.role) || mustEnrolSecondFactor(user, getEnv().APP_ENV)) return null;
  return user;
}

/** What anyone but staff gets: the same 404 as for a page that does not exist. */
export function staffDownloadNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...privateNoStore, "Content-Type": "text/plain; charset=utf-8" },
  });
}
