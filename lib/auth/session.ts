import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { readReturnPath, REQUEST_PATH_HEADER } from "@/lib/auth/return-path";
import { auth } from "@/lib/auth/auth";
import { findSessionUser, type SessionUser } from "@/lib/auth/credentials";
import { getPathname } from "@/lib/i18n/navigation";
import { isAdminRole, isStaffRole, mustEnrolSecondFactor } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { routes } from "@/lib/site/routes";

type SessionClaims = { userId?: unknown; sessionVersion?: unknown; signedInAt?: unknown; lastActiveAt?: unknown };

/**
 * The signed-in user, re-checked against the database: disabled accounts, old sessions and sessions past their
 * lifetime (lib/auth/session-lifetime.ts) get null.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = (await auth()) as SessionClaims | null;
  if (!session) return null;
  return findSessionUser(session);
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page in the reader's language, which returns them
 * to the page they asked for (the proxy names it in a request header; server actions have none and fall back).
 */
export async function requireUser(locale: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const returnPath = readReturnPath((await headers()).get(REQUEST_PATH_HEADER));
    // The account page is where sign-in lands anyway: no parameter for it.
    const isDefault = returnPath === getPathname({ href: routes.account.home, locale });
    const query = returnPath && !isDefault ? `?${new URLSearchParams({ callbackUrl: returnPath })}` : "";
    redirect(`${getPathname({ href: routes.signIn, locale })}${query}`);
  }
  return user;
}

/**
 * For staff pages and actions: staff or admin, otherwise the sign-in page (anonymous) or a 404 (owners). In
 * production, staff without a second factor are sent to enrol one first.
 */
export async function requireStaff(locale: string): Promise<SessionUser> {
  const user = await requireUser(locale);
  if (!isStaffRole(user.role)) notFound();
  requireSecondFactor(user, locale);
  return user;
}

/** For admin-only pages and actions (users and roles); in production only with a second factor enrolled. */
export async function requireAdmin(locale: string): Promise<SessionUser> {
  const user = await requireUser(locale);
  if (!isAdminRole(user.role)) notFound();
  requireSecondFactor(user, locale);
  return user;
}

function requireSecondFactor(user: SessionUser, locale: string) {
  if (mustEnrolSecondFactor(user, getEnv().APP_ENV)) redirect(getPathname({ href: routes.account.security, locale }));
}
