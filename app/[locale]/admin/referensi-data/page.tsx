import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { pickLocalized } from "@/lib/i18n/localized";
import { deleteKbliMappingAction } from "@/lib/kbli/actions";
import { listReferenceData } from "@/lib/kbli/reference-data";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { KbliMappingForm, RegistryUrlForm } from "@/components/data-reference/reference-forms";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("DataReference");

/** Staff edit the portal's reference data: KBLI → subsector pairings and certificate registry addresses. */
export default async function DataReferencePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const [{ mappings, types }, subsectors, t] = await Promise.all([
    listReferenceData(staff),
    listSubsectorOptions(locale),
    getTranslations("DataReference"),
  ]);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>

      <section aria-labelledby="pemetaan-kbli" className="space-y-4">
        <h2 id="pemetaan-kbli" className="text-2xl font-semibold">
          {t("mappingHeading")}
        </h2>
        <p className="max-w-3xl">{t("mappingIntro")}</p>
        {mappings.length === 0 ? (
          <p>{t("mappingEmpty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("mappingHeading")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="px-2 py-2">
                    {t("code")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {t("kbliTitle")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {t("subsector")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {t("provenance")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    <span className="sr-only">{t("delete")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {mappings.map((mapping) => (
                  <tr key={mapping.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="px-2 py-2 font-mono font-medium whitespace-nowrap">
                      {mapping.code} (KBLI {mapping.version})
                    </th>
                    <td className="px-2 py-2">{mapping.title}</td>
                    <td className="px-2 py-2">
                      {pickLocalized(locale, mapping.subsector.nameIndonesian, mapping.subsector.nameEn)}
                    </td>
                    <td className="px-2 py-2 text-slate-700">{mapping.provenance}</td>
                    <td className="px-2 py-2">
                      <form action={deleteKbliMappingAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="mappingId" value={mapping.id} />
                        <button
                          type="submit"
                          className="text-red-800 underline"
                          aria-label={t("deleteMapping", { code: mapping.code })}
                        >
                          {t("delete")}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="text-lg font-semibold">{t("addMapping")}</h3>
        <KbliMappingForm subsectors={subsectors} />
      </section>

      <section aria-labelledby="registri-sertifikat" className="space-y-4">
        <h2 id="registri-sertifikat" className="text-2xl font-semibold">
          {t("registryHeading")}
        </h2>
        <p className="max-w-3xl">{t("registryIntro")}</p>
        <ul className="grid max-w-3xl gap-6">
          {types.map((type) => (
            <li key={type.id} className="rounded border border-slate-300 p-4">
              <p className="mb-2 text-sm text-slate-700">{type.issuingBody}</p>
              <RegistryUrlForm
                typeId={type.id}
                typeName={pickLocalized(locale, type.nameIndonesian, type.nameEn)}
                registryUrl={type.registryUrl}
              />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
