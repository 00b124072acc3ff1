import { getLocale, getTranslations } from "next-intl/server";
import { pickLocalized } from "@/lib/i18n/localized";
import type { FitReason } from "@/lib/collaboration/suggestions";

type SubsectorName = { id: string; nameIndonesian: string; nameEn: string };

/**
 * One line saying why a suggestion fits. On a post's page it speaks of the suggested listing; on the dashboard
 * (`listingName` given) of the owner's listing the post fits.
 */
export async function FitReasonText({
  reason,
  subsectors,
  listingName,
}: {
  reason: FitReason;
  subsectors: SubsectorName[];
  listingName?: string;
}) {
  const locale = await getLocale();
  const t = await getTranslations(listingName === undefined ? "Collaboration" : "CollaborationDashboard");
  const tKecamatan = await getTranslations("Kecamatan");
  const subsector = subsectors.find((entry) => entry.id === reason.params.subsectorId);
  const values = {
    subsector: subsector ? pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn) : "—",
    certified: reason.params.isCertified ? "yes" : "no",
    nearby: reason.params.sameKecamatan ? "yes" : "no",
    kecamatan: reason.params.sameKecamatan ? tKecamatan(reason.params.sameKecamatan) : "",
    verified: reason.params.isRecentlyVerified ? "yes" : "no",
    listing: listingName ?? "",
  };
  return <>{t(`reasons.${reason.key}`, values)}</>;
}
