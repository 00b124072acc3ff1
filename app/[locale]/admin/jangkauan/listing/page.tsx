import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { readReachQuery, toReachQueryString } from "@/lib/reach/filters";
import { getReachFilterNames, listReachListings } from "@/lib/reach/queries";
import { getStatisticsScope } from "@/lib/statistics/queries";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { DataTable } from "@/components/page-parts/data-table";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

const linkClass = "text-brand-800 underline hover:text-brand-900";

export const generateMetadata = privatePageMetadata("Reach", "listTitle");

/** Staff: the listings behind one figure of /admin/jangkauan. */
export default async function ReachListingsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = readReachQuery(await searchParams);
  const [{ listings, total }, names, t] = await Promise.all([
    listReachListings(staff, getStatisticsScope(), query),
    getReachFilterNames(staff, query),
    getTranslations("Reach"),
  ]);
  const day = (isoDate: string) => formatCalendarDate(new Date(`${isoDate}T00:00:00Z`), locale);

  let groupLabel = t("totalsHeading");
  if (query.dimension && query.key !== undefined) {
    const dimensionName = t(`dimensions.${query.dimension}`);
    let value = query.key === "" ? t("notRecorded") : query.key;
    if (query.key !== "" && query.dimension === "actorType" && t.has(`actorTypes.${query.key}`))
      value = t(`actorTypes.${query.key as "BUSINESS"}`);
    if (names.subsector) value = pickLocalized(locale, names.subsector.nameIndonesian, names.subsector.nameEn);
    if (names.kelurahan) value = names.kelurahan.name;
    groupLabel = `${dimensionName}: ${value}`;
  }
  let programmeLabel: string | null = null;
  if (query.programme !== undefined) {
    const { programme } = names;
    const name = programme ? pickLocalized(locale, programme.nameIndonesian, programme.nameEn) : t("outsideProgramme");
    programmeLabel = t(query.isNewOnly ? "listProgrammeNew" : "listProgramme", { programme: name });
  }

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`${routes.admin.reach}?${toReachQueryString({ period: query.period })}`} className={linkClass}>
            {t("backToReach")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("listTitle")}</h1>
        <p className="font-medium">
          {programmeLabel ?? t("listFilter", { bucket: t(`buckets.${query.bucket}`), group: groupLabel })}
        </p>
        <p>{t("periodShown", { from: day(query.period.from), to: day(query.period.to) })}</p>
        <p>
          {listings.length < total ? t("listTruncated", { shown: listings.length, total }) : t("listShown", { total })}
        </p>
      </header>
      {listings.length === 0 ? (
        <p>{t("listEmpty")}</p>
      ) : (
        <DataTable
          caption={t("listCaption")}
          density="compact"
          columns={[
            t("colName"),
            t("colSubsector"),
            t("colKecamatan"),
            t("colActorType"),
            { label: t("colTimes"), className: "px-2 py-1.5 text-right" },
          ]}
        >
          {listings.map((listing) => (
            <tr key={listing.id} className="border-b border-slate-200">
              <th scope="row" className="px-2 py-1.5 font-medium">
                <Link href={routes.admin.listing(listing.id)} className={linkClass}>
                  {listing.nameIndonesian}
                </Link>
              </th>
              <td className="px-2 py-1.5">
                {pickLocalized(locale, listing.subsectorNameIndonesian, listing.subsectorNameEn)}
              </td>
              <td className="px-2 py-1.5">
                {listing.kecamatan ? listing.kecamatan.charAt(0) + listing.kecamatan.slice(1).toLowerCase() : "—"}
              </td>
              <td className="px-2 py-1.5">{t(`actorTypes.${listing.actorType}`)}</td>
              <td className="px-2 py-1.5 text-right tabular-nums">{listing.times}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
