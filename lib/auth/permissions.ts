import type { UserRole } from "@/lib/generated/prisma/enums";

/** Disporapar officials: staff curate and moderate; admin also manages users. */
export function isStaffRole(role: UserRole): boolean {
  return role === "STAFF" || role === "ADMIN";
}

export function isAdminRole(role: UserRole): boolean {
  return role === "ADMIN";
}

/**
 * Staff and admin need a second factor (TOTP) in production before they can use staff pages; in demo mode it is
 * optional, so the demo accounts work with their password alone.
 */
export function mustEnrolSecondFactor(
  user: { role: UserRole; hasTotp: boolean },
  appEnv: "demo" | "production",
): boolean {
  return appEnv === "production" && isStaffRole(user.role) && !user.hasTotp;
}
