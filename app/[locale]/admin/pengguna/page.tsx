import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { formatJakartaDate } from "@/lib/dates";
import { listUsers } from "@/lib/admin-users/queries";
import { parseUserFilters, toUserSearchParams } from "@/lib/admin-users/filters";
import { userRoles } from "@/lib/admin-users/schemas";
import { changeRoleAction, setDisabledAction } from "@/lib/admin-users/actions";
import { StaffInviteForm } from "@/components/admin-users/staff-invite-form";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { FilterForm, FilterInput } from "@/components/page-parts/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";
import { Notice } from "@/components/page-parts/notice";
import { DataTable } from "@/components/page-parts/data-table";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("AdminUsers");

const smallButton = "rounded border px-3 py-1 text-sm disabled:opacity-60";

export default async function AdminUsersPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale);
  const query = await searchParams;
  const filters = parseUserFilters(query);
  const result = readNotice("users", query.hasil);
  const { users, total, pageCount } = await listUsers(admin, filters);
  const t = await getTranslations("AdminUsers");
  const listPath = getPathname({ href: routes.admin.users, locale });
  const filtersQuery = toUserSearchParams(filters);

  return (
    <section className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {result ? <Notice tone={result.isError ? "error" : "success"} message={t(result.key)} /> : null}

      <PageSection id="undang-staf" title={t("inviteTitle")}>
        <p className="max-w-2xl">{t("inviteIntro")}</p>
        <StaffInviteForm />
      </PageSection>

      <PageSection id="pindah-pengelola" title={t("transferTitle")} className="space-y-2">
        <p className="max-w-2xl">
          {t("transferIntro")}{" "}
          <Link href={routes.admin.listingManagers} className="text-brand-800 underline">
            {t("transferLink")}
          </Link>
        </p>
      </PageSection>

      <PageSection id="daftar-pengguna" title={t("listTitle")} className="space-y-4">
        <FilterForm
          action={listPath}
          label={t("filtersLabel")}
          applyLabel={t("applyFilters")}
          resetLabel={t("resetFilters")}
          className="grid max-w-4xl gap-4 sm:grid-cols-4"
          footerClassName="flex items-end gap-3 sm:col-span-4"
        >
          <FilterInput
            id="users-q"
            name="q"
            type="search"
            label={t("search")}
            defaultValue={filters.q}
            maxLength={100}
            className="sm:col-span-2"
          />
          <FilterSelect
            id="users-role"
            name="peran"
            label={t("role")}
            anyLabel={t("anyRole")}
            defaultValue={filters.role?.toLowerCase()}
            options={userRoles.map((role) => ({ value: role.toLowerCase(), label: t(`roles.${role}`) }))}
          />
          <FilterSelect
            id="users-state"
            name="status"
            label={t("state")}
            anyLabel={t("anyState")}
            defaultValue={filters.state}
            options={[
              { value: "aktif", label: t("states.active") },
              { value: "nonaktif", label: t("states.disabled") },
            ]}
          />
        </FilterForm>

        <p>{t("count", { total })}</p>
        {users.length === 0 ? null : (
          <DataTable
            caption={t("listTitle")}
            density="wide"
            columns={[
              t("columns.user"),
              t("columns.state"),
              t("columns.listings"),
              t("columns.role"),
              t("columns.access"),
            ]}
          >
            {users.map((user) => {
              const isSelf = user.id === admin.id;
              return (
                <tr key={user.id} className="align-top">
                  <th scope="row" className="py-3 pr-3 font-normal">
                    <span className="block font-medium">{user.name}</span>
                    <span className="block break-all text-slate-700">{user.email}</span>
                    <span className="block text-slate-600">
                      {t("joined", { date: formatJakartaDate(user.createdAt, locale) })}
                    </span>
                  </th>
                  <td className="py-3 pr-3">
                    <span className="block">{t(user.isDisabled ? "states.disabled" : "states.active")}</span>
                    {user.staffInviteExpiresAt ? (
                      <span className="block text-slate-600">
                        {t("pendingInvite", { date: formatJakartaDate(user.staffInviteExpiresAt, locale) })}
                      </span>
                    ) : !user.emailVerifiedAt ? (
                      <span className="block text-slate-600">{t("unverified")}</span>
                    ) : null}
                  </td>
                  <td className="py-3 pr-3">{user.managedListingCount}</td>
                  <td className="py-3 pr-3">
                    {isSelf ? (
                      <span>
                        {t(`roles.${user.role}`)} ({t("you")})
                      </span>
                    ) : (
                      <form action={changeRoleAction} className="flex flex-wrap items-center gap-2">
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="filters" value={filtersQuery} />
                        <input type="hidden" name="userId" value={user.id} />
                        <label htmlFor={`role-${user.id}`} className="sr-only">
                          {t("roleFor", { email: user.email })}
                        </label>
                        <select
                          id={`role-${user.id}`}
                          name="role"
                          defaultValue={user.role}
                          className="rounded border border-slate-400 bg-white px-2 py-1"
                        >
                          {userRoles.map((role) => (
                            <option key={role} value={role}>
                              {t(`roles.${role}`)}
                            </option>
                          ))}
                        </select>
                        <button
                          type="submit"
                          aria-label={t("saveRoleFor", { email: user.email })}
                          className={`${smallButton} border-brand-700 text-brand-800 hover:bg-brand-50`}
                        >
                          {t("saveRole")}
                        </button>
                      </form>
                    )}
                  </td>
                  <td className="py-3">
                    {isSelf ? null : (
                      <form action={setDisabledAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="filters" value={filtersQuery} />
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="isDisabled" value={user.isDisabled ? "0" : "1"} />
                        <button
                          type="submit"
                          aria-label={t(user.isDisabled ? "enableFor" : "disableFor", { email: user.email })}
                          className={
                            user.isDisabled
                              ? `${smallButton} border-brand-700 text-brand-800 hover:bg-brand-50`
                              : `${smallButton} border-red-700 text-red-800 hover:bg-red-50`
                          }
                        >
                          {t(user.isDisabled ? "enable" : "disable")}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
        <PaginationNav
          page={filters.page}
          pageCount={pageCount}
          hrefForPage={(page) => `${listPath}${toUserSearchParams(filters, page)}`}
        />
      </PageSection>
    </section>
  );
}
