import { getLocale, getTranslations } from "next-intl/server";
import { getCertificationValidity } from "@/lib/certifications/validity";
import { formatCalendarDate, formatJakartaDate } from "@/lib/dates";
import type { PublicCertificate } from "@/lib/certifications/queries";
import { CertificationBadge } from "@/components/certification-badge";

/**
 * The status of a public certificate today: valid, expired (from its expiry date, worked out now) or revoked with
 * its date. Never "valid" for an expired or revoked one.
 */
export async function CertificateStatus({
  certificate,
}: {
  certificate: Pick<PublicCertificate, "status" | "expiresOn" | "revokedAt">;
}) {
  const locale = await getLocale();
  const t = await getTranslations("CertificationsPublic");
  const validity = getCertificationValidity(certificate);
  let explanation: string;
  if (validity === "revoked") {
    explanation = certificate.revokedAt
      ? t("statusRevoked", { date: formatJakartaDate(certificate.revokedAt, locale) })
      : t("statusRevokedUndated");
  } else if (validity === "expired" && certificate.expiresOn) {
    explanation = t("statusExpired", { date: formatCalendarDate(certificate.expiresOn, locale) });
  } else {
    explanation = t("statusValid");
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <CertificationBadge validity={validity} />
      <span>{explanation}</span>
    </span>
  );
}
