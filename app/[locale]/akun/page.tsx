import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { requireUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { listManagedListings } from "@/lib/listings/managed-queries";
import { confirmListingDataAction } from "@/lib/listings/actions";
import { isPublishedStatus } from "@/lib/listings/transitions";
import { formatJakartaDate } from "@/lib/dates";
import { SampleBadge } from "@/components/sample-badge";
import { CollaborationDashboardSection } from "@/components/collaboration/dashboard-section";
import { ContactConsentForm } from "@/components/reach/contact-consent-form";
import { getContactConsent } from "@/lib/accounts/contact-consent";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("Account");

export default async function AccountPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const { hasil } = await searchParams;
  const notice = readNotice("account", hasil);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [listings, mayContact] = await Promise.all([listManagedListings(user.id), getContactConsent(user.id)]);
  const t = await getTranslations("Account");
  const tKind = await getTranslations("Kind");
  const tSecurity = await getTranslations("Security");
  const tPrivacy = await getTranslations("AccountPrivacy");
  const tCertifications = await getTranslations("CertificationAccount");
  const tOwner = await getTranslations("OwnerListing");
  const tInbox = await getTranslations("ListingInbox");
  const tManagers = await getTranslations("CoManagers");
  const tEvents = await getTranslations("EventProposal");

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("signedInAs", { name: user.name, email: user.email, role: t(`roles.${user.role}`) })}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link href={routes.account.security} className="text-brand-700 underline">
              {tSecurity("linkFromAccount")}
            </Link>
          </li>
          <li>
            <Link href={routes.account.privacy} className="text-brand-700 underline">
              {tPrivacy("linkFromAccount")}
            </Link>
          </li>
          <li>
            <Link href={routes.account.certifications} className="text-brand-700 underline">
              {tCertifications("accountLink")}
            </Link>
          </li>
          <li>
            <Link href={routes.account.proposeEvent} className="text-brand-700 underline">
              {tEvents("accountLink")}
            </Link>
          </li>
        </ul>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-50">
            {t("signOut")}
          </button>
        </form>
      </header>
      {notice ? (
        <p
          role="status"
          className={
            notice.isError
              ? "max-w-xl rounded border border-red-700 bg-red-50 p-3 text-red-800"
              : "max-w-xl rounded border border-brand-700 bg-brand-50 p-3"
          }
        >
          {t(notice.key)}
        </p>
      ) : null}
      <PageSection id="listing-saya" title={t("myListings")}>
        <p>
          <Link
            href={routes.account.newListing}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {tOwner("newListing")}
          </Link>
        </p>
        {listings.length === 0 ? (
          <p>{t("noListings")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {listings.map((listing) => (
              <li key={listing.slug} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  {listing.status === "PUBLISHED" ? (
                    <Link href={getListingPath(listing)} className="font-medium text-brand-800 underline">
                      {pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}
                    </Link>
                  ) : (
                    <span className="font-medium">{pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}</span>
                  )}
                  {listing.isSample ? <SampleBadge /> : null}
                  <span className="block text-sm text-slate-600">{tKind(listing.kind)}</span>
                </span>
                <span className="flex flex-wrap items-center gap-3">
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t(`status.${listing.status}`)}</span>
                  {listing.revisions.length > 0 ? (
                    <span className="rounded bg-amber-100 px-2 py-0.5 text-sm">{tOwner("waitingReview")}</span>
                  ) : null}
                  <span className="text-sm text-slate-600">
                    {listing.lastVerifiedAt
                      ? t("lastVerified", { date: formatJakartaDate(listing.lastVerifiedAt, locale) })
                      : t("neverVerified")}
                  </span>
                  {isPublishedStatus(listing.status) ? (
                    <form action={confirmListingDataAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="listingId" value={listing.id} />
                      <button
                        type="submit"
                        aria-label={t("confirmDataFor", {
                          name: pickLocalized(locale, listing.nameIndonesian, listing.nameEn),
                        })}
                        className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
                      >
                        {t("confirmData")}
                      </button>
                    </form>
                  ) : null}
                  <Link
                    href={routes.account.listing(listing.id)}
                    aria-label={`${tOwner("manage")}: ${pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}`}
                    className="text-sm text-brand-800 underline hover:text-brand-900"
                  >
                    {tOwner("manage")}
                  </Link>
                  <Link
                    href={routes.account.listingEnquiries(listing.id)}
                    aria-label={tInbox("linkFor", {
                      name: pickLocalized(locale, listing.nameIndonesian, listing.nameEn),
                    })}
                    className="text-sm text-brand-800 underline hover:text-brand-900"
                  >
                    {tInbox("link")}
                  </Link>
                  <Link
                    href={routes.account.listingManagers(listing.id)}
                    aria-label={tManagers("linkFor", {
                      name: pickLocalized(locale, listing.nameIndonesian, listing.nameEn),
                    })}
                    className="text-sm text-brand-800 underline hover:text-brand-900"
                  >
                    {tManagers("link")}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <CollaborationDashboardSection userId={user.id} />
      <ContactConsentForm locale={locale} mayContact={mayContact} notice={readNotice("accountContact", hasil)} />
    </section>
  );
}
