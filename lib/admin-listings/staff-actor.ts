import type { AuditActor } from "@/lib/audit/record-audit";
import { isStaffRole } from "@/lib/auth/permissions";

/**
 * Every admin-listing data function re-checks its actor: a page or action forgetting requireStaff must still not
 * let an owner or an anonymous caller read or write (null stands for nobody signed in).
 */
export function isStaffActor(actor: AuditActor | null | undefined): actor is AuditActor {
  return Boolean(actor && isStaffRole(actor.role));
}
