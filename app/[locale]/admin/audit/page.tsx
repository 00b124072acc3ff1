import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { parseAuditFilters, toAuditSearchParams } from "@/lib/audit/filters";
import { listAuditEntries, listAuditVocabulary } from "@/lib/audit/queries";
import { AuditEntries } from "@/components/admin/audit-entries";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";

type PageProps = LocalePageProps;

export const generateMetadata = privatePageMetadata("AdminAudit");

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

/** The append-only audit log for staff, filterable and newest first. */
export default async function AuditLogPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const filters = parseAuditFilters(await searchParams);
  const [{ entries, total, pageCount, isUnknownActor }, vocabulary] = await Promise.all([
    listAuditEntries(staff, filters),
    listAuditVocabulary(staff),
  ]);
  const t = await getTranslations("AdminAudit");
  const path = getPathname({ href: "/admin/audit", locale });

  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <form
        action={path}
        method="get"
        role="search"
        aria-label={t("filtersLabel")}
        className="grid max-w-4xl gap-4 sm:grid-cols-3"
      >
        <div>
          <label htmlFor="audit-type" className="font-medium">
            {t("entityType")}
          </label>
          <input
            id="audit-type"
            name="tipe"
            list="audit-types"
            defaultValue={filters.entityType}
            maxLength={200}
            className={fieldClass}
          />
          <datalist id="audit-types">
            {vocabulary.entityTypes.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="audit-entity" className="font-medium">
            {t("entityId")}
          </label>
          <input
            id="audit-entity"
            name="entitas"
            defaultValue={filters.entityId}
            maxLength={200}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="audit-actor" className="font-medium">
            {t("actorEmail")}
          </label>
          <input
            id="audit-actor"
            name="aktor"
            type="email"
            defaultValue={filters.actorEmail}
            maxLength={254}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="audit-action" className="font-medium">
            {t("action")}
          </label>
          <input
            id="audit-action"
            name="aksi"
            list="audit-actions"
            defaultValue={filters.action}
            maxLength={200}
            aria-describedby="audit-action-hint"
            className={fieldClass}
          />
          <datalist id="audit-actions">
            {vocabulary.actions.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
          <p id="audit-action-hint" className="mt-1 text-sm text-slate-600">
            {t("actionHint")}
          </p>
        </div>
        <div>
          <label htmlFor="audit-from" className="font-medium">
            {t("fromDay")}
          </label>
          <input id="audit-from" name="dari" type="date" defaultValue={filters.fromDay} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="font-medium">
            {t("toDay")}
          </label>
          <input id="audit-to" name="sampai" type="date" defaultValue={filters.toDay} className={fieldClass} />
        </div>
        <div className="flex items-end gap-3 sm:col-span-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("applyFilters")}
          </button>
          <Link href="/admin/audit" className="text-brand-800 underline">
            {t("resetFilters")}
          </Link>
        </div>
      </form>
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
