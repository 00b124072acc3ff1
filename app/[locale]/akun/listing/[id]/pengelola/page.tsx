import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireUser } from "@/lib/auth/session";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatJakartaDate } from "@/lib/dates";
import { findManagedListingTeam } from "@/lib/listing-managers/queries";
import { revokeInvitationAction } from "@/lib/listing-managers/actions";
import { InviteManagerForm } from "@/components/listing-managers/invite-manager-form";
import { LeaveListingForm } from "@/components/listing-managers/leave-listing-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { RowActionForm } from "@/components/page-parts/row-action-form";
import { Notice } from "@/components/page-parts/notice";
import { BackLink } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = LocalePageProps<{ id: string }>;

export const generateMetadata = privatePageMetadata("CoManagers", "metaTitle");

/** A listing's managers, for its managers only: invite someone, withdraw an invitation, or leave. */
export default async function ListingTeamPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const listing = await findManagedListingTeam(user.id, id);
  if (!listing) notFound();
  const notice = readNotice("listingTeam", (await searchParams).hasil);
  const t = await getTranslations("CoManagers");
  const name = pickLocalized(locale, listing.nameIndonesian, listing.nameEn);
  const isLastManager = listing.managers.length <= 1;

  return (
    <section className="space-y-8">
      <BackLink href={routes.account.home} label={t("back")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("title", { name })}</h1>
      {notice ? <Notice tone={notice.isError ? "error" : "success"} message={t(notice.key, { name })} /> : null}

      <PageSection id="pengelola-saat-ini" title={t("managers")}>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200">
          {listing.managers.map((manager) => (
            <li key={manager.user.id} className="px-4 py-3">
              <span className="block font-medium">
                {manager.user.name}
                {manager.user.id === user.id ? ` (${t("you")})` : null}
              </span>
              <span className="block text-sm text-slate-700">{manager.user.email}</span>
              <span className="block text-sm text-slate-600">
                {t("since", { date: formatJakartaDate(manager.createdAt, locale) })}
              </span>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="undang-pengelola" title={t("inviteTitle")}>
        <p className="max-w-2xl">{t("inviteIntro")}</p>
        <InviteManagerForm listingId={listing.id} />
      </PageSection>

      <PageSection id="undangan-tertunda" title={t("pendingTitle")}>
        {listing.invitations.length === 0 ? (
          <p>{t("noPending")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {listing.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  <span className="block font-medium">{invitation.email}</span>
                  <span className="block text-sm text-slate-600">
                    {t("pendingMeta", {
                      name: invitation.invitedBy?.name ?? "—",
                      date: formatJakartaDate(invitation.expiresAt, locale),
                    })}
                  </span>
                </span>
                <RowActionForm
                  action={revokeInvitationAction}
                  fields={{ listingId: listing.id, invitationId: invitation.id }}
                  label={t("revoke")}
                  ariaLabel={t("revokeFor", { email: invitation.email })}
                  tone="neutral"
                />
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="berhenti-mengelola" title={t("leaveTitle")}>
        <p className="max-w-2xl">{t(isLastManager ? "leaveIntroLast" : "leaveIntro")}</p>
        <LeaveListingForm listingId={listing.id} listingName={name} />
      </PageSection>
    </section>
  );
}
