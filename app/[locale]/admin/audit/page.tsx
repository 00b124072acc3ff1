import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { parseAuditFilters, toAuditSearchParams } from "@/lib/audit/filters";
import { listAuditEntries, listAuditVocabulary } from "@/lib/audit/queries";
import { AuditEntries } from "@/components/admin/audit-entries";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { FilterForm, FilterInput } from "@/components/page-parts/filter-form";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("AdminAudit");

/** The append-only audit log for staff, filterable and newest first. */
export default async function AuditLogPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const filters = parseAuditFilters(await searchParams);
  const [{ entries, total, pageCount, isUnknownActor }, vocabulary] = await Promise.all([
    listAuditEntries(staff, filters),
    listAuditVocabulary(staff),
  ]);
  const t = await getTranslations("AdminAudit");
  const path = getPathname({ href: routes.admin.audit, locale });

  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <FilterForm
        action={path}
        label={t("filtersLabel")}
        applyLabel={t("applyFilters")}
        resetLabel={t("resetFilters")}
        className="grid max-w-4xl gap-4 sm:grid-cols-3"
        footerClassName="flex items-end gap-3 sm:col-span-3"
      >
        <FilterInput
          id="audit-type"
          name="tipe"
          label={t("entityType")}
          defaultValue={filters.entityType}
          maxLength={200}
          suggestions={vocabulary.entityTypes}
        />
        <FilterInput
          id="audit-entity"
          name="entitas"
          label={t("entityId")}
          defaultValue={filters.entityId}
          maxLength={200}
        />
        <FilterInput
          id="audit-actor"
          name="aktor"
          type="email"
          label={t("actorEmail")}
          defaultValue={filters.actorEmail}
          maxLength={254}
        />
        <FilterInput
          id="audit-action"
          name="aksi"
          label={t("action")}
          defaultValue={filters.action}
          maxLength={200}
          suggestions={vocabulary.actions}
          hint={t("actionHint")}
        />
        <FilterInput id="audit-from" name="dari" type="date" label={t("fromDay")} defaultValue={filters.fromDay} />
        <FilterInput id="audit-to" name="sampai" type="date" label={t("toDay")} defaultValue={filters.toDay} />
      </FilterForm>
      <p className="text-sm text-slate-600">{t("timeZoneNote")}</p>

      {isUnknownActor ? <Notice tone="error" message={t("unknownActor", { email: filters.actorEmail })} /> : null}
      <PageSection id="audit-hasil" title={t("resultsTitle", { total })}>
        {entries.length === 0 ? <p>{t("empty")}</p> : <AuditEntries entries={entries} />}
        <PaginationNav
          page={filters.page}
          pageCount={pageCount}
          hrefForPage={(page) => `${path}${toAuditSearchParams(filters, page)}`}
        />
      </PageSection>
    </section>
  );
}
