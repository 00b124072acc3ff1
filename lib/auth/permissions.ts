import type { UserRole } from "@/lib/generated/prisma/enums";

/** Disporapar officials: staff curate and moderate; admin also manages users. */
export function isStaffRole(role: UserRole): boolean {
  return role === "STAFF" || role === "ADMIN";
}

export function isAdminRole(role: UserRole): boolean {
  return role === "ADMIN";
}
