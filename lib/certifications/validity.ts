import type { CertificationStatus } from "@/lib/generated/prisma/enums";
import { dateColumnToIsoDate, todayInJakarta } from "@/lib/dates";

export type CertificationValidity = "valid" | "expired" | "applied" | "in_review" | "rejected" | "revoked";

/**
 * "Expired" is never stored: a certified certificate whose expiry date has passed in Jakarta is expired from
 * that day on, wherever it is shown, without waiting for a job.
 */
export function getCertificationValidity(
  certification: { status: CertificationStatus; expiresOn: Date | null },
  today: string = todayInJakarta(),
): CertificationValidity {
  switch (certification.status) {
    case "CERTIFIED":
      if (certification.expiresOn && dateColumnToIsoDate(certification.expiresOn) < today) return "expired";
      return "valid";
    case "APPLIED":
      return "applied";
    case "IN_REVIEW":
      return "in_review";
    case "REJECTED":
      return "rejected";
    case "REVOKED":
      return "revoked";
  }
}

export function isCertificationValid(
  certification: { status: CertificationStatus; expiresOn: Date | null },
  today?: string,
): boolean {
  return getCertificationValidity(certification, today) === "valid";
}

/** Prisma condition for a certification that is valid on `today` (YYYY-MM-DD in Jakarta): certified, not expired. */
export function validCertificationWhere(today: string = todayInJakarta()) {
  const day = new Date(`${today}T00:00:00Z`);
  return { status: "CERTIFIED" as const, OR: [{ expiresOn: null }, { expiresOn: { gte: day } }] };
}
