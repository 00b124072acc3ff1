import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { getPathname } from "@/lib/i18n/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatJakartaDate } from "@/lib/dates";
import { findListingManagement } from "@/lib/admin-users/queries";
import { removeManagerAction } from "@/lib/admin-users/actions";
import { AddManagerForm } from "@/components/admin-users/add-manager-form";
import { EntityHistory } from "@/components/admin/entity-history";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { FilterForm, FilterInput } from "@/components/page-parts/filter-form";
import { RowActionForm } from "@/components/page-parts/row-action-form";
import { BackLink } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("AdminTransfer");

/** Admin: who manages a listing, and moving that to other accounts (by listing id or slug). */
export default async function ListingTransferPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale);
  const query = await searchParams;
  const lookup = (typeof query.listing === "string" ? query.listing : "").trim().slice(0, 200);
  const listing = lookup ? await findListingManagement(admin, lookup) : null;
  const result = readNotice("listingManagers", query.hasil);
  const t = await getTranslations("AdminTransfer");
  const tStatus = await getTranslations("Account.status");

  return (
    <section className="space-y-6">
      <BackLink href={routes.admin.users} label={t("back")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <FilterForm
        action={getPathname({ href: routes.admin.listingManagers, locale })}
        label={t("lookupLabel")}
        applyLabel={t("lookupSubmit")}
        className="flex max-w-xl flex-wrap items-end gap-3"
        footerClassName={null}
      >
        <FilterInput
          id="transfer-listing"
          name="listing"
          label={t("lookup")}
          defaultValue={lookup}
          maxLength={200}
          className="grow"
          inputClassName="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
      </FilterForm>

      {lookup && !listing ? <Notice tone="error" message={t("notFound")} /> : null}

      {listing ? (
        <section aria-labelledby="listing-pengelola" className="space-y-6">
          <h2 id="listing-pengelola" className="text-2xl font-semibold">
            {pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}{" "}
            <span className="text-base font-normal text-slate-600">
              ({listing.slug} · {tStatus(listing.status)})
            </span>
          </h2>
          {result ? <Notice tone={result.isError ? "error" : "success"} message={t(result.key)} /> : null}
          <section aria-labelledby="daftar-pengelola" className="space-y-3">
            <h3 id="daftar-pengelola" className="text-xl font-semibold">
              {t("managers")}
            </h3>
            {listing.managers.length === 0 ? (
              <p>{t("noManagers")}</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded border border-slate-200">
                {listing.managers.map(({ user, createdAt }) => (
                  <li key={user.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                    <span>
                      <span className="block font-medium">{user.name}</span>
                      <span className="block text-sm text-slate-700">{user.email}</span>
                      <span className="block text-sm text-slate-600">
                        {t("since", { date: formatJakartaDate(createdAt, locale) })}
                        {user.isDisabled ? ` · ${t("disabled")}` : null}
                      </span>
                    </span>
                    <RowActionForm
                      action={removeManagerAction}
                      fields={{ listingId: listing.id, userId: user.id }}
                      label={t("remove")}
                      ariaLabel={t("removeFor", { email: user.email })}
                      tone="danger"
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="tambah-pengelola" className="space-y-3">
            <h3 id="tambah-pengelola" className="text-xl font-semibold">
              {t("addTitle")}
            </h3>
            <AddManagerForm listingId={listing.id} />
          </section>
          <EntityHistory entityType="Listing" entityId={listing.id} headingLevel={3} />
        </section>
      ) : null}
    </section>
  );
}
