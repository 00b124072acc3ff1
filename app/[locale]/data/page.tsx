import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isProduction } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { openDataDatasets, openDataFieldGroups } from "@/lib/open-data/catalogue";
import { ATTRIBUTION, LICENCE_URL } from "@/lib/open-data/serialize";
import { buildAlternates } from "@/lib/seo/alternates";
import { getSiteUrl } from "@/lib/seo/site-url";
import { DataTable } from "@/components/page-parts/data-table";
import { apiRoutes, routes } from "@/lib/site/routes";

// The page reads no data: rendered on its first request (the build does not know the deployment's mode and
// address) and kept for 5 minutes, like the other public pages (docs/decisions/004).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string }> };

const linkClass = "text-brand-800 underline hover:text-brand-900";
const apiRules = ["pagination", "filters", "detail", "csv", "errors", "cors", "caching", "rateLimit"] as const;
const exclusions = ["unpublished", "contacts", "monitoring", "certificates"] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return { title: t("title"), description: t("metaDescription"), alternates: buildAlternates(locale, routes.openData) };
}

// A route handler (GeoJSON), not a page: a plain link.
const AREAS_GEOJSON_PATH = apiRoutes.areas;

export default async function OpenDataPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("OpenData");
  const base = `${getSiteUrl()}/api/v1`;

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        {isProduction() ? null : (
          <p role="note" className="max-w-3xl rounded bg-accent-100 p-3 text-sm text-accent-800">
            {t("samplesNote")}
          </p>
        )}
      </header>

      <section aria-labelledby="lisensi" className="space-y-2">
        <h2 id="lisensi" className="text-2xl font-semibold">
          {t("licenceTitle")}
        </h2>
        <p className="max-w-3xl">{t("licenceText")}</p>
        <p className="max-w-3xl font-medium">{t("licenceAttribution", { attribution: ATTRIBUTION })}</p>
        <p>
          <a href={LICENCE_URL} rel="license noopener noreferrer external" className={linkClass}>
            {t("licenceLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="wilayah" className="space-y-2">
        <h2 id="wilayah" className="text-2xl font-semibold">
          {t("areasTitle")}
        </h2>
        <p className="max-w-3xl">{t("areasText")}</p>
        <p>
          <a href={AREAS_GEOJSON_PATH} className={linkClass}>
            {t("areasDownload")}
          </a>
        </p>
        {/* The notices data/malang/README.md asks to ship with the files, verbatim (MIT). */}
        <ul className="max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-700" lang="en">
          <li>
            Boundary data derived from &quot;wilayah_boundaries&quot; by Cahya DSN,
            https://github.com/cahyadsn/wilayah_boundaries (commit 3c5a796), MIT License, Copyright (c) 2024 Cahya DSN.
            Geometry cleaned, topologically repaired and dissolved to kecamatan. The boundary lines originate from Badan
            Informasi Geospasial (BIG), Batas Wilayah Administrasi Desa/Kelurahan 1:10.000 (2022).
          </li>
          <li>
            Kemendagri codes and names from &quot;wilayah&quot; by Cahya DSN, https://github.com/cahyadsn/wilayah
            (db/wilayah.sql, commit d68e8d5), MIT License, Copyright (c) 2017-2025 Cahya DSN — Kode dan Data Wilayah
            Administrasi Pemerintahan per Kepmendagri 2025.
          </li>
          <li>
            BPS codes from &quot;kodewilayah/explorer&quot;, https://github.com/kodewilayah/explorer (data/bps, commit
            9549551), MIT License, Copyright (c) 2021 kodewilayah — source: Badan Pusat Statistik (BPS), kode wilayah
            kerja statistik, bridging kode BPS–Kemendagri, periode 2018 semester 1.
          </li>
        </ul>
        <p className="max-w-3xl text-sm text-slate-700">{t("areasMitNote")}</p>
      </section>

      <section aria-labelledby="unduhan" className="space-y-3">
        <h2 id="unduhan" className="text-2xl font-semibold">
          {t("downloadsTitle")}
        </h2>
        <DataTable
          caption={t("downloadsCaption")}
          columns={[t("columnDataset"), t("columnDescription"), t("columnJson"), t("columnCsv")]}
        >
          {openDataDatasets.map((dataset) => {
            const name = t(`datasets.${dataset.key}`);
            return (
              <tr key={dataset.key} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {name}
                </th>
                <td className="py-2 pr-4">{t(`datasets.${dataset.key}Description`)}</td>
                <td className="py-2 pr-4">
                  <a href={dataset.path} aria-label={t("jsonLinkLabel", { dataset: name })} className={linkClass}>
                    {t("columnJson")}
                  </a>
                  <code className="hidden break-all text-xs text-slate-600 md:block">{dataset.path}</code>
                </td>
                <td className="py-2">
                  <a
                    href={`${dataset.path}?format=csv`}
                    aria-label={t("csvLinkLabel", { dataset: name })}
                    download
                    className={linkClass}
                  >
                    {t("columnCsv")}
                  </a>
                  <code className="hidden break-all text-xs text-slate-600 md:block">{`${dataset.path}?format=csv`}</code>
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>

      <section aria-labelledby="api" className="space-y-3">
        <h2 id="api" className="text-2xl font-semibold">
          {t("apiTitle")}
        </h2>
        <p className="max-w-3xl">{t("apiIntro", { base })}</p>
        <p>
          <a href={apiRoutes.openApi} className={linkClass}>
            {t("openApiLink")}
          </a>
        </p>
        <ul className="max-w-3xl list-inside list-disc space-y-1">
          {apiRules.map((rule) => (
            <li key={rule}>{t(`apiRules.${rule}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tidak-termasuk" className="space-y-3">
        <h2 id="tidak-termasuk" className="text-2xl font-semibold">
          {t("excludedTitle")}
        </h2>
        <ul className="max-w-3xl list-inside list-disc space-y-1">
          {exclusions.map((exclusion) => (
            <li key={exclusion}>{t(`excluded.${exclusion}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="definisi-kolom" className="space-y-4">
        <h2 id="definisi-kolom" className="text-2xl font-semibold">
          {t("fieldsTitle")}
        </h2>
        <p className="max-w-3xl">{t("fieldsIntro")}</p>
        {openDataFieldGroups.map((group) => {
          const name = t(`datasets.${group.dataset}`);
          return (
            <section key={group.key} aria-labelledby={`kolom-${group.key}`} className="space-y-2">
              <h3 id={`kolom-${group.key}`} className="text-lg font-semibold">
                {name}
              </h3>
              <DataTable
                caption={t("fieldsCaption", { dataset: name })}
                columns={[t("fieldColumn"), t("fieldMeaning")]}
              >
                {group.fields.map((field) => (
                  <tr key={field} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-1 pr-4 font-mono font-normal">
                      {field}
                    </th>
                    <td className="py-1">{t(`fields.${group.key}.${field}`)}</td>
                  </tr>
                ))}
              </DataTable>
            </section>
          );
        })}
      </section>

      <p>
        <Link href={routes.statistics} className={linkClass}>
          {t("statisticsLink")}
        </Link>
      </p>
    </div>
  );
}
