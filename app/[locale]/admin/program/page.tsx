import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { setProgrammeActiveAction } from "@/lib/events/actions";
import { listProgrammesForStaff } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { ProgrammeForm } from "@/components/events/programme-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const resultKeys = ["dibuat", "disimpan", "diaktifkan", "dinonaktifkan", "gagal"] as const;
type ResultKey = (typeof resultKeys)[number];
const isResultKey = (value: unknown): value is ResultKey => resultKeys.includes(value as ResultKey);

export const generateMetadata = privatePageMetadata("ProgrammeAdmin");

export default async function AdminProgrammesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  const { hasil } = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const programmes = await listProgrammesForStaff(staff);
  const t = await getTranslations("ProgrammeAdmin");
  const linkClass = "text-brand-700 underline hover:text-brand-900";

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href="/admin/acara" className={linkClass}>
            {t("backToEvents")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>
      {isResultKey(hasil) ? (
        <p
          role="status"
          className={
            hasil === "gagal"
              ? "max-w-xl rounded border border-red-700 bg-red-50 p-3 text-red-800"
              : "max-w-xl rounded border border-brand-700 bg-brand-50 p-3"
          }
        >
          {t(`results.${hasil}`)}
        </p>
      ) : null}

      <section aria-labelledby="daftar-program" className="space-y-3">
        <h2 id="daftar-program" className="text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {programmes.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("listTitle")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t("columnName")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columnYear")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columnOrganiser")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columnEvents")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columnStatus")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("columnActions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {programmes.map((programme) => {
                  const name = pickLocalized(locale, programme.nameId, programme.nameEn);
                  return (
                    <tr key={programme.id} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-4">
                        <Link href={`/admin/program/${programme.id}`} className={linkClass}>
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
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="program-baru" className="space-y-3">
        <h2 id="program-baru" className="text-xl font-semibold">
          {t("newTitle")}
        </h2>
        <ProgrammeForm submitLabel={t("createSubmit")} />
      </section>
    </div>
  );
}
