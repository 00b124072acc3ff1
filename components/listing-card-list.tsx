import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { formatJakartaDate } from "@/lib/dates";
import { toCoverData, type ListingCard } from "@/lib/listings/queries";
import { LocalizedText } from "@/components/i18n/localized-text";
import { ListingLogo } from "@/components/listing-logo";
import { hasListingCover, ListingCover } from "@/components/listing-cover";
import { SubsectorIcon } from "@/components/subsectors/subsector-icon";
import { getSubsectorColour } from "@/lib/subsectors/palette";
import { SampleBadge } from "@/components/sample-badge";

export async function ListingCardList({ listings }: { listings: ListingCard[] }) {
  const locale = await getLocale();
  const tKind = await getTranslations("Kind");
  const tKecamatan = await getTranslations("Kecamatan");
  const t = await getTranslations("Home");
  const tProfile = await getTranslations("Profile");
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {listings.map((listing) => {
        const cover = toCoverData(listing.cover, listing.coverIsSample);
        return (
          <li key={listing.slug} className="flex flex-col overflow-hidden rounded-lg border border-slate-200">
            {hasListingCover(cover) ? (
              <ListingCover
                slug={listing.slug}
                subsectorSlug={listing.primarySubsector.slug}
                variant="card"
                {...cover}
              />
            ) : (
              // Without a cover, a band in the subsector's colour of the same height, so the cards of a row line up
              // instead of one being stretched with blank space under its text.
              <div
                aria-hidden="true"
                className="flex aspect-[3/1] items-center justify-center"
                style={{ backgroundColor: `${getSubsectorColour(listing.primarySubsector.slug)}1a` }}
              >
                <SubsectorIcon slug={listing.primarySubsector.slug} />
              </div>
            )}
            <div className="flex gap-3 p-4">
              <ListingLogo
                name={pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}
                subsectorSlug={listing.primarySubsector.slug}
                logoFileId={listing.logo?.visibility === "PUBLIC" ? listing.logo.id : null}
                size={48}
                logoAlt={tProfile("logoAlt", { name: pickLocalized(locale, listing.nameIndonesian, listing.nameEn) })}
              />
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link href={getListingPath(listing)} className="font-semibold text-brand-800 hover:underline">
                    {pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}
                  </Link>
                  {listing.isSample ? <SampleBadge className="" /> : null}
                </p>
                <p className="text-sm text-slate-600">
                  {tKind(listing.kind)}
                  {listing.kecamatan ? ` · ${tKecamatan(listing.kecamatan)}` : ""}
                </p>
                <p className="mt-1 text-sm">
                  <LocalizedText locale={locale} indonesian={listing.summaryIndonesian} english={listing.summaryEn} />
                </p>
                {listing.lastVerifiedAt ? (
                  <p className="mt-1 text-xs text-slate-600">
                    {t("verifiedOn", { date: formatJakartaDate(listing.lastVerifiedAt, locale) })}
                  </p>
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** A titled list of listing cards; nothing at all when there are no listings. */
export async function ListingCardSection(props: { id: string; title: string; intro: string; listings: ListingCard[] }) {
  if (props.listings.length === 0) return null;
  return (
    <section aria-labelledby={props.id} className="space-y-3">
      <h2 id={props.id} className="text-2xl font-semibold">
        {props.title}
      </h2>
      <p className="text-slate-700">{props.intro}</p>
      <ListingCardList listings={props.listings} />
    </section>
  );
}
