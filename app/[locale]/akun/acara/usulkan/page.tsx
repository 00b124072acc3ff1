import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireUser } from "@/lib/auth/session";
import { formatJakartaDateTime } from "@/lib/dates";
import { proposeEventAction } from "@/lib/events/actions";
import { getEventPath } from "@/lib/events/paths";
import { listMyEventProposals, listProposableListings } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { EventForm } from "@/components/events/event-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import { DetailHeader } from "@/components/page-parts/page-header";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("EventProposal");

export default async function ProposeEventPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const { hasil, listing } = await searchParams;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [listings, proposals, subsectors] = await Promise.all([
    listProposableListings(user.id),
    listMyEventProposals(user.id),
    listSubsectorOptions(locale),
  ]);
  const t = await getTranslations("EventProposal");
  const tStatus = await getTranslations("EventStatus");
  const defaultListingId =
    typeof listing === "string" && listings.some((managed) => managed.id === listing) ? listing : undefined;

  return (
    <div className="space-y-8">
      <DetailHeader backHref={routes.account.home} backLabel={t("backToAccount")} title={t("title")}>
        <p className="max-w-3xl">{t("intro")}</p>
      </DetailHeader>
      {readNotice("eventProposal", hasil) ? <Notice tone="success" message={t("proposed")} /> : null}

      <PageSection id="usulan-baru" title={t("formTitle")}>
        {listings.length === 0 ? (
          <p>{t("noListings")}</p>
        ) : (
          <EventForm
            mode="proposal"
            action={proposeEventAction}
            submitLabel={t("submit")}
            subsectors={subsectors}
            listings={listings.map((managed) => ({
              value: managed.id,
              label: pickLocalized(locale, managed.nameIndonesian, managed.nameEn),
            }))}
            defaults={defaultListingId ? { listingId: defaultListingId } : undefined}
          />
        )}
      </PageSection>

      <PageSection id="usulan-saya" title={t("myProposals")}>
        {proposals.length === 0 ? (
          <p>{t("noProposals")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {proposals.map((proposal) => {
              const title = pickLocalized(locale, proposal.titleIndonesian, proposal.titleEn);
              return (
                <li key={proposal.id} className="space-y-1 px-4 py-3">
                  <p className="flex flex-wrap items-center gap-2">
                    {proposal.status === "PUBLISHED" || proposal.status === "CANCELLED" ? (
                      <Link href={getEventPath(proposal)} className="font-medium text-brand-800 underline">
                        {title}
                      </Link>
                    ) : (
                      <span className="font-medium">{title}</span>
                    )}
                    <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{tStatus(proposal.status)}</span>
                  </p>
                  <p className="text-sm text-slate-600">
                    {formatJakartaDateTime(proposal.startsAt, locale)}
                    {proposal.organiserListing
                      ? ` · ${pickLocalized(locale, proposal.organiserListing.nameIndonesian, proposal.organiserListing.nameEn)}`
                      : ""}
                  </p>
                  {proposal.reviewNote ? (
                    <p className="text-sm">
                      <span className="font-medium">{t("staffNote")}</span> {proposal.reviewNote}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </PageSection>
    </div>
  );
}
