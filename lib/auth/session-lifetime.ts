import type { UserRole } from "@/lib/generated/prisma/enums";
import { isStaffRole } from "@/lib/auth/permissions";

/** Every session ends at the latest 30 days after sign-in, whatever its use. */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Staff and admin sessions also end after an hour without use; each use moves the hour on. */
export const STAFF_IDLE_TIMEOUT_MS = 60 * 60 * 1000;

export type SessionTimes = { signedInAt: number; lastActiveAt: number };

/** The session's times from a token or session object, or null when they are missing or malformed. */
export function readSessionTimes(source: Record<string, unknown>): SessionTimes | null {
  const { signedInAt, lastActiveAt } = source;
  if (typeof signedInAt !== "number" || typeof lastActiveAt !== "number") return null;
  if (!Number.isFinite(signedInAt) || !Number.isFinite(lastActiveAt) || lastActiveAt < signedInAt) return null;
  return { signedInAt, lastActiveAt };
}

/** True when a session of this role, with these times, has ended at `now` (milliseconds since the epoch). */
export function hasSessionExpired(role: UserRole, times: SessionTimes | null, now: number): boolean {
  if (!times) return true;
  if (now - times.signedInAt > SESSION_MAX_AGE_MS) return true;
  return isStaffRole(role) && now - times.lastActiveAt > STAFF_IDLE_TIMEOUT_MS;
}
