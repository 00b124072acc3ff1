import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/session";
import { getManagedListingForEdit } from "@/lib/listings/managed-queries";
import { getListingPath } from "@/lib/listings/kinds";
import { saveListingChangesAction } from "@/lib/listings/actions";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { formatJakartaDate } from "@/lib/dates";
import { ListingContentForm } from "@/components/listings/listing-content-form";
import { getPickerMap } from "@/lib/geo/picker-map";
import { SampleBadge } from "@/components/sample-badge";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";

type PageProps = LocalePageProps<{ id: string }>;

export const generateMetadata = privatePageMetadata("OwnerListing", "editHeading");

export default async function ManagedListingPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  const notice = readNotice("managedListing", (await searchParams).hasil);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const listing = await getManagedListingForEdit(user.id, id);
  if (!listing) notFound();
  const t = await getTranslations("OwnerListing");
  const tStatus = await getTranslations("Account.status");
  const name = pickLocalized(locale, listing.nameIndonesian, listing.nameEn);
  const revision = listing.latestRevision;
  const isProposal = listing.status === "PENDING_REVIEW" || listing.status === "REJECTED" || listing.status === "DRAFT";

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">
          {t("editTitle", { name })}
          {listing.isSample ? <SampleBadge /> : null}
        </h1>
        <p>
          {t("statusLabel")}: <span className="rounded bg-slate-100 px-2 py-0.5">{tStatus(listing.status)}</span>
        </p>
        {listing.status === "PUBLISHED" ? (
          <p>
            <Link href={getListingPath(listing)} className="text-brand-800 underline">
              {t("publicPage")}
            </Link>
          </p>
        ) : null}
      </header>
      {notice ? (
        <p role="status" className="max-w-2xl rounded border border-brand-700 bg-brand-50 p-3">
          {t(notice.key)}
        </p>
      ) : null}
      {listing.status === "REJECTED" && listing.statusNote ? (
        <p className="max-w-2xl rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("staffNote", { note: listing.statusNote })}
        </p>
      ) : null}
      {listing.status === "PENDING_REVIEW" ? <p className="max-w-2xl">{t("proposalPending")}</p> : null}
      {revision?.status === "PENDING" ? (
        <p className="max-w-2xl rounded border border-amber-600 bg-amber-50 p-3">
          {t("pendingRevision", { date: formatJakartaDate(revision.updatedAt, locale) })}
        </p>
      ) : null}
      {revision?.status === "REJECTED" && revision.reviewedAt ? (
        <p className="max-w-2xl rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("lastRevisionRejected", {
            date: formatJakartaDate(revision.reviewedAt, locale),
            note: revision.reviewNote ?? "",
          })}
        </p>
      ) : null}
      {revision?.status === "APPROVED" && revision.reviewedAt ? (
        <p className="max-w-2xl">
          {t("lastRevisionApproved", { date: formatJakartaDate(revision.reviewedAt, locale) })}
        </p>
      ) : null}
      {listing.status === "ARCHIVED" ? (
        <p>{t("archived")}</p>
      ) : (
        <PageSection id="ubah-data" title={t("editHeading")} className="space-y-4">
          <ListingContentForm
            kind={listing.kind}
            pickerMap={getPickerMap()}
            subsectors={await listSubsectorOptions(locale)}
            initial={listing.form}
            action={saveListingChangesAction}
            hiddenFields={{ listingId: listing.id }}
            submitLabel={isProposal ? t("saveProposal") : t("saveChanges")}
            hasLogoField
            existingPhotos={listing.photos}
            currentCover={listing.cover}
          />
        </PageSection>
      )}
    </section>
  );
}
