import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireStaff } from "@/lib/auth/session";
import { setProgrammeActiveAction } from "@/lib/events/actions";
import { listProgrammesForStaff } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { ProgrammeForm } from "@/components/events/programme-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import { DetailHeader } from "@/components/page-parts/page-header";
import { DataTable } from "@/components/page-parts/data-table";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("ProgrammeAdmin");

export default async function AdminProgrammesPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const notice = readNotice("programmes", (await searchParams).hasil);
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const programmes = await listProgrammesForStaff(staff);
  const t = await getTranslations("ProgrammeAdmin");
  const linkClass = "text-brand-700 underline hover:text-brand-900";

  return (
    <div className="space-y-8">
      <DetailHeader backHref={routes.admin.events} backLabel={t("backToEvents")} title={t("title")}>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </DetailHeader>
      {notice ? <Notice tone={notice.isError ? "error" : "success"} message={t(notice.key)} /> : null}

      <PageSection id="daftar-program" title={t("listTitle")}>
        {programmes.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <DataTable
            caption={t("listTitle")}
            columns={[
              t("columnName"),
              t("columnYear"),
              t("columnOrganiser"),
              t("columnEvents"),
              t("columnStatus"),
              t("columnActions"),
            ]}
          >
            {programmes.map((programme) => {
              const name = pickLocalized(locale, programme.nameIndonesian, programme.nameEn);
              return (
                <tr key={programme.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link href={routes.admin.programme(programme.id)} className={linkClass}>
                      {name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{programme.year}</td>
                  <td className="py-2 pr-4">{programme.organiserName}</td>
                  <td className="py-2 pr-4">{programme._count.events}</td>
                  <td className="py-2 pr-4">{programme.isActive ? t("active") : t("inactive")}</td>
                  <td className="py-2">
                    <form action={setProgrammeActiveAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="programmeId" value={programme.id} />
                      <input type="hidden" name="isActive" value={programme.isActive ? "0" : "1"} />
                      <button
                        type="submit"
                        aria-label={`${programme.isActive ? t("deactivate") : t("activate")}: ${name}`}
                        className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-50"
                      >
                        {programme.isActive ? t("deactivate") : t("activate")}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </PageSection>

      <PageSection id="program-baru" title={t("newTitle")}>
        <ProgrammeForm submitLabel={t("createSubmit")} />
      </PageSection>
    </div>
  );
}
