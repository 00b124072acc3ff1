import "server-only";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { findSessionUser, type SessionUser } from "@/lib/auth/credentials";
import { getPathname } from "@/lib/i18n/navigation";
import { isAdminRole, isStaffRole } from "@/lib/auth/permissions";

/** The signed-in user, re-checked against the database (disabled accounts and old sessions get null). */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = (await auth()) as { userId?: unknown; sessionVersion?: unknown } | null;
  if (!session) return null;
  return findSessionUser(session);
}

/** For pages: the signed-in user, or a redirect to the sign-in page in the reader's language. */
export async function requireUser(locale: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(getPathname({ href: "/masuk", locale }));
  return user;
}

/** For staff pages and actions: staff or admin, otherwise the sign-in page (anonymous) or a 404 (owners). */
export async function requireStaff(locale: string): Promise<SessionUser> {
  const user = await requireUser(locale);
  if (!isStaffRole(user.role)) notFound();
  return user;
}

/** For admin-only pages and actions (users and roles). */
export async function requireAdmin(locale: string): Promise<SessionUser> {
  const user = await requireUser(locale);
  if (!isAdminRole(user.role)) notFound();
  return user;
}
