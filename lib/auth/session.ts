import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { findSessionUser, type SessionUser } from "@/lib/auth/credentials";
import { getPathname } from "@/lib/i18n/navigation";

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
