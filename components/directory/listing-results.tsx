import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import type { DirectoryResult } from "@/lib/directory/queries";
import { HighlightedText } from "@/components/directory/highlighted-text";
import { LocalizedText } from "@/components/i18n/localized-text";
import { ListingLogo } from "@/components/listing-logo";
import { ListingCover } from "@/components/listing-cover";
import { SampleBadge } from "@/components/sample-badge";
import { listKelurahanOptions } from "@/lib/geo/kelurahan-parents";

export async function ListingResults({ results }: { results: DirectoryResult[] }) {
  const locale = await getLocale();
  const t = await getTranslations("Directory");
  const tKind = await getTranslations("Kind");
  const tKecamatan = await getTranslations("Kecamatan");
  const tProfile = await getTranslations("Profile");
  const kelurahanNames = new Map(listKelurahanOptions().map((option) => [option.code, option.name]));
  const areaOf = (result: DirectoryResult) => {
    if (!result.kecamatan) return "";
    const kecamatan = tKecamatan(result.kecamatan);
    const kelurahan = result.kelurahanCode ? kelurahanNames.get(result.kelurahanCode) : undefined;
    return ` · ${kelurahan ? t("area", { kelurahan, kecamatan }) : kecamatan}`;
  };
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200">
      {results.map((result) => {
        // Highlights exist for the Indonesian summary; English readers see the English summary when there is one.
        const showHighlight = result.summaryHighlight && (locale === "id" || !result.summaryEn);
        return (
          <li key={result.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row">
            <ListingCover
              slug={result.slug}
              subsectorSlug={result.primarySubsectorSlug}
              variant="row"
              className="sm:order-last sm:w-44 sm:shrink-0"
              coverFileId={result.coverFileId}
              coverWidth={result.coverWidth}
              coverHeight={result.coverHeight}
              coverIsSample={result.coverIsSample}
            />
            <div className="flex min-w-0 flex-1 gap-3">
              <ListingLogo
                name={pickLocalized(locale, result.nameIndonesian, result.nameEn)}
                subsectorSlug={result.primarySubsectorSlug}
                logoFileId={result.logoFileId}
                size={48}
                logoAlt={tProfile("logoAlt", { name: pickLocalized(locale, result.nameIndonesian, result.nameEn) })}
              />
              <div className="min-w-0 space-y-1">
                {/* Flex, so badges that wrap start flush under the name instead of indented by their margin. */}
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link
                    href={getListingPath(result)}
                    className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                  >
                    {pickLocalized(locale, result.nameIndonesian, result.nameEn)}
                  </Link>
                  {result.isSample ? <SampleBadge className="" /> : null}
                  {result.hasValidCertification ? (
                    <span className="inline-block rounded bg-brand-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-brand-900">
                      {t("certifiedBadge")}
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  {tKind(result.kind)} ·{" "}
                  {pickLocalized(locale, result.primarySubsectorNameIndonesian, result.primarySubsectorNameEn)}
                  {areaOf(result)}
                </p>
                <p className="text-sm">
                  {showHighlight ? (
                    <HighlightedText text={result.summaryHighlight!} />
                  ) : (
                    <LocalizedText locale={locale} indonesian={result.summaryIndonesian} english={result.summaryEn} />
                  )}
                </p>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
