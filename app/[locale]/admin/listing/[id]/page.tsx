import { destructiveButtonClass } from "@/components/forms/form-field";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { isAdminRole } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { changeListingStatusAction, markListingVerifiedAction, saveListingAction } from "@/lib/admin-listings/actions";
import { getListingForStaffEdit, getListingOverviewForStaff } from "@/lib/admin-listings/queries";
import { toStaffFormValues } from "@/lib/admin-listings/schemas";
import { listAllowedStatusChanges } from "@/lib/listings/transitions";
import { formatJakartaDate } from "@/lib/dates";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { toListingFormState } from "@/lib/listings/listing-content";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { AdminListingForm } from "@/components/admin-listings/admin-listing-form";
import { getPickerMap } from "@/lib/geo/picker-map";
import { EntityHistory } from "@/components/admin/entity-history";
import { SampleBadge } from "@/components/sample-badge";
import { ListingReachPanel } from "@/components/reach/listing-reach-panel";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { DetailHeader } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = LocalePageProps<{ id: string }>;

export const generateMetadata = privatePageMetadata("AdminListings");

export default async function AdminEditListingPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  const { hasil } = await searchParams;
  const notice = readNotice("adminListing", hasil);
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const [listing, overview, subsectors] = await Promise.all([
    getListingForStaffEdit(staff, id),
    getListingOverviewForStaff(staff, id),
    listSubsectorOptions(locale),
  ]);
  if (!listing || !overview) notFound();
  const t = await getTranslations("AdminListings");
  const tKind = await getTranslations("Kind");
  const name = pickLocalized(locale, overview.nameIndonesian, overview.nameEn);
  const editPath = getPathname({ href: routes.admin.listing(id), locale });
  const hiddenFields = { listingId: id };
  const dateOf = (date: Date | null) => (date ? formatJakartaDate(date, locale) : t("never"));
  const buttonClass = "rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

  return (
    <article className="space-y-8">
      <DetailHeader
        backHref={routes.admin.listings}
        backLabel={t("backToList")}
        title={
          <>
            {t("editTitle", { name })}
            {overview.isSample ? <SampleBadge /> : null}
          </>
        }
      >
        <p className="text-slate-700">{tKind(overview.kind)}</p>
      </DetailHeader>

      {notice ? (
        <p
          role="status"
          className={
            notice.isError
              ? "rounded border border-red-700 bg-red-50 p-3 text-red-800"
              : "rounded border border-green-700 bg-green-50 p-3 text-green-900"
          }
        >
          {t(notice.key)}
        </p>
      ) : null}

      <PageSection id="ringkasan" title={t("overviewTitle")}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("currentStatus")}</dt>
          <dd>
            {t(`statusValue.${overview.status}`)}
            {overview.status === "ARCHIVED" ? (
              <span className="block text-sm text-slate-700">
                {t("archivedFrom", { status: t(`statusValue.${overview.archivedFromStatus ?? "DRAFT"}`) })}
              </span>
            ) : null}
          </dd>
          {overview.statusNote ? (
            <>
              <dt className="font-medium">{t("statusNote")}</dt>
              <dd className="whitespace-pre-wrap">{overview.statusNote}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("lastVerified")}</dt>
          <dd>
            {overview.lastVerifiedAt && overview.lastVerifiedBy
              ? t("lastVerifiedBy", { date: dateOf(overview.lastVerifiedAt), name: overview.lastVerifiedBy.name })
              : dateOf(overview.lastVerifiedAt)}
          </dd>
          <dt className="font-medium">{t("publishedAt")}</dt>
          <dd>{overview.publishedAt ? dateOf(overview.publishedAt) : t("none")}</dd>
          <dt className="font-medium">{t("reminder")}</dt>
          <dd>
            {overview.freshnessReminderSentAt
              ? t("reminderWaiting", { date: dateOf(overview.freshnessReminderSentAt) })
              : t("none")}
          </dd>
          <dt className="font-medium">{t("managers")}</dt>
          <dd>{t("managersCount", { count: overview._count.managers })}</dd>
          <dt className="font-medium">{t("certifications")}</dt>
          <dd>{t("certificationsCount", { count: overview._count.certifications })}</dd>
          <dt className="font-medium">{t("version")}</dt>
          <dd>{listing.version}</dd>
        </dl>
      </PageSection>

      <PageSection id="status-verifikasi" title={t("actionsTitle")}>
        <ul className="space-y-3">
          {listAllowedStatusChanges(overview.status).map((change) => (
            <li key={change}>
              <form action={changeListingStatusAction} className="flex flex-wrap items-center gap-3">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="listingId" value={id} />
                <input type="hidden" name="change" value={change} />
                <button
                  type="submit"
                  className={change === "archive" || change === "deactivate" ? destructiveButtonClass : buttonClass}
                  aria-describedby={`ubah-${change}`}
                >
                  {t(`change.${change}`)}
                </button>
                <span id={`ubah-${change}`} className="text-sm text-slate-700">
                  {t(`changeHint.${change}`)}
                </span>
              </form>
            </li>
          ))}
          <li>
            <form action={markListingVerifiedAction} className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="listingId" value={id} />
              <button type="submit" className={buttonClass} aria-describedby="tandai-terverifikasi">
                {t("markVerified")}
              </button>
              <span id="tandai-terverifikasi" className="text-sm text-slate-700">
                {t("markVerifiedHint")}
              </span>
            </form>
          </li>
        </ul>
      </PageSection>

      <ListingReachPanel staff={staff} listingId={id} locale={locale} notice={readNotice("adminListingReach", hasil)} />

      <nav aria-labelledby="tautan-listing" className="space-y-2">
        <h2 id="tautan-listing" className="text-xl font-semibold">
          {t("linksTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {overview.status === "PUBLISHED" ? (
            <li>
              <Link href={getListingPath(overview)} className="text-brand-700 underline">
                {t("publicPage")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={`${routes.admin.newCertification}?listing=${id}`} className="text-brand-700 underline">
              {t("addCertification")}
            </Link>
          </li>
          {isAdminRole(staff.role) ? (
            <li>
              <Link href={`${routes.admin.listingManagers}?listing=${id}`} className="text-brand-700 underline">
                {t("manageManagers")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <PageSection id="ubah-data" title={t("editHeading")} className="space-y-4">
        <AdminListingForm
          key={listing.version}
          kind={listing.kind}
          pickerMap={getPickerMap()}
          subsectors={subsectors}
          initial={toListingFormState(listing.content, listing.kind)}
          staffInitial={toStaffFormValues(listing.staff)}
          nibVerifiedOn={listing.nibVerifiedAt ? formatJakartaDate(listing.nibVerifiedAt, locale) : null}
          currentCover={listing.cover}
          version={listing.version}
          reloadHref={editPath}
          action={saveListingAction}
          hiddenFields={hiddenFields}
          submitLabel={t("saveSubmit")}
        />
      </PageSection>

      <EntityHistory entityType="Listing" entityId={id} />
    </article>
  );
}
