import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { listingCsvColumns } from "@/lib/listing-csv/columns";
import { ListingImportForm } from "@/components/listing-csv/listing-import-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { apiRoutes, routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("ListingCsv");

/** Listings in and out as CSV: export (all, or the listing table's filter) and a checked, all-or-nothing import. */
export default async function ListingCsvPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  const t = await getTranslations("ListingCsv");
  return (
    <section className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-2xl">{t("intro")}</p>
      </div>

      <section aria-labelledby="listing-csv-export" className="space-y-2">
        <h2 id="listing-csv-export" className="text-2xl font-semibold">
          {t("exportHeading")}
        </h2>
        <p className="max-w-2xl">{t("exportIntro")}</p>
        <p className="flex flex-wrap gap-4">
          {/* A download from a route handler, not a page: a plain link, so the browser saves the file. */}
          <a href={apiRoutes.adminListingsCsv} download className="font-semibold text-brand-800 underline">
            {t("exportAll")}
          </a>
          <a href={apiRoutes.adminListingsXlsx} download className="font-semibold text-brand-800 underline">
            {t("exportAllXlsx")}
          </a>
          <Link href={routes.admin.listings} className="text-brand-800 underline">
            {t("listingTable")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="listing-csv-import" className="space-y-4">
        <h2 id="listing-csv-import" className="text-2xl font-semibold">
          {t("importHeading")}
        </h2>
        <p className="max-w-2xl">{t("importIntro")}</p>
        <details className="max-w-3xl rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium">{t("formatHeading")}</summary>
          <div className="mt-2 space-y-2 text-sm">
            <p>{t("formatColumns")}</p>
            <p className="font-mono break-words">{listingCsvColumns.join(", ")}</p>
            <ul className="list-disc space-y-1 pl-5">
              {(
                [
                  "formatRequired",
                  "formatMatch",
                  "formatLists",
                  "formatValues",
                  "formatFormula",
                  "formatDuplicates",
                ] as const
              ).map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        </details>
        <ListingImportForm />
      </section>
    </section>
  );
}
