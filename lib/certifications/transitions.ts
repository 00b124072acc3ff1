import type { CertificationStatus } from "@/lib/generated/prisma/enums";

/**
 * The portal records what the issuer decided: staff move a certification along these steps only. Rejected and
 * revoked are final; a new application starts a new record.
 */
export const allowedTransitions: Record<CertificationStatus, readonly CertificationStatus[]> = {
  APPLIED: ["IN_REVIEW", "REJECTED"],
  IN_REVIEW: ["CERTIFIED", "REJECTED"],
  CERTIFIED: ["REVOKED"],
  REJECTED: [],
  REVOKED: [],
};

export function canTransition(from: CertificationStatus, to: CertificationStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** A rejection or revocation always says why: the managers read the reason. */
export function isNoteRequired(to: CertificationStatus): boolean {
  return to === "REJECTED" || to === "REVOKED";
}

/** Statuses a certificate page and the verification search may show; the others are private. */
export const publicCertificationStatuses = ["CERTIFIED", "REVOKED"] as const satisfies readonly CertificationStatus[];
