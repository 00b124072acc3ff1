import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { listCertificationTypes } from "@/lib/certifications/queries";
import { getListingForCertification, searchListingsForCertification } from "@/lib/certifications/staff-queries";
import { getPathname } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { StaffCertificationForm } from "@/components/certifications/staff-certification-form";
import { SampleBadge } from "@/components/sample-badge";
import { readQueryText } from "@/lib/forms/text";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import { DetailHeader } from "@/components/page-parts/page-header";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { SearchForm } from "@/components/page-parts/filter-form";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("CertificationAdmin", "newTitle");

/** `?listing=<id>` opens the form for that listing; without it, staff first find the listing by name. */
export default async function NewCertificationPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = await searchParams;
  const listingId = readQueryText(query.listing);
  const q = readQueryText(query.q);
  const t = await getTranslations("CertificationAdmin");
  const tKind = await getTranslations("Kind");
  const action = getPathname({ href: routes.admin.newCertification, locale });
  const linkClass = "text-brand-700 underline hover:text-brand-900";

  const [listing, types, matches] = await Promise.all([
    listingId ? getListingForCertification(staff, listingId) : null,
    listCertificationTypes(),
    !listingId && q ? searchListingsForCertification(staff, q) : [],
  ]);

  return (
    <div className="space-y-6">
      <DetailHeader backHref={routes.admin.certifications} backLabel={t("backToList")} title={t("newTitle")}>
        <p className="max-w-3xl text-slate-700">{t("newIntro")}</p>
      </DetailHeader>

      {listing ? (
        <>
          <PageSection id="untuk-listing" title={t("forListing")} className="space-y-1">
            <p>
              <span className="font-medium">{pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}</span>
              {listing.isSample ? <SampleBadge /> : null}{" "}
              <span className="text-sm text-slate-600">
                {tKind(listing.kind)} · {t("listingStatus", { status: t(`listingStatusValue.${listing.status}`) })}
              </span>
            </p>
            <p>
              <a href={action} className={linkClass}>
                {t("otherListing")}
              </a>
            </p>
          </PageSection>
          <StaffCertificationForm listingId={listing.id} types={types} />
        </>
      ) : (
        <PageSection id="cari-listing" title={t("findListing")} className="space-y-4">
          {listingId ? <Notice tone="error" role="status" message={t("listingNotFound")} /> : null}
          <SearchForm
            action={action}
            label={t("findListing")}
            id="find-listing"
            fieldLabel={t("findListingLabel")}
            defaultValue={q}
            maxLength={100}
            submitLabel={t("findSubmit")}
          />
          {q && matches.length === 0 ? <p role="status">{t("noListingsFound")}</p> : null}
          {matches.length > 0 ? (
            <ul className="divide-y divide-slate-200 rounded border border-slate-200">
              {matches.map((match) => {
                const name = pickLocalized(locale, match.nameIndonesian, match.nameEn);
                return (
                  <li key={match.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                    <span>
                      <span className="font-medium">{name}</span>
                      {match.isSample ? <SampleBadge /> : null}
                      <span className="block text-sm text-slate-600">
                        {tKind(match.kind)} · {t("listingStatus", { status: t(`listingStatusValue.${match.status}`) })}
                      </span>
                    </span>
                    <a
                      href={`${action}?listing=${encodeURIComponent(match.id)}`}
                      className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
                    >
                      {t("chooseListing", { name })}
                    </a>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </PageSection>
      )}
    </div>
  );
}
