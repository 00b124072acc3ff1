import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingKindByPath, getListingPath } from "@/lib/listings/kinds";
import { getReportableListing } from "@/lib/problem-reports/queries";
import { PublicReportForm } from "@/components/problem-reports/public-report-form";
import { reportProblemAction } from "@/lib/problem-reports/actions";
import { problemReportReasons } from "@/lib/problem-reports/schemas";
import { ClientMessages } from "@/components/i18n/client-messages";

type PageProps = { params: Promise<{ locale: string; kind: string; slug: string }> };

// generateMetadata and the page both need the listing: one database query per request.
const loadListing = cache(async (kindPath: string, slug: string) => {
  const kind = getListingKindByPath(kindPath);
  return kind ? getReportableListing(kind, slug) : null;
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, kind, slug } = await params;
  const listing = await loadListing(kind, slug);
  if (!listing) return {};
  const t = await getTranslations({ locale, namespace: "ReportProblem" });
  return {
    title: t("metaTitle", { name: pickLocalized(locale, listing.nameIndonesian, listing.nameEn) }),
    robots: { index: false },
  };
}

export default async function ReportProblemPage({ params }: PageProps) {
  const { locale, kind, slug } = await params;
  setRequestLocale(locale);
  const listing = await loadListing(kind, slug);
  if (!listing) notFound();
  const t = await getTranslations("ReportProblem");
  const name = pickLocalized(locale, listing.nameIndonesian, listing.nameEn);

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro", { name })}</p>
        <p>
          <Link href={getListingPath(listing)} className="text-brand-700 underline hover:text-brand-900">
            {t("backToProfile", { name })}
          </Link>
        </p>
      </header>
      <ClientMessages namespaces={["ReportProblem"]}>
        <PublicReportForm
          action={reportProblemAction}
          namespace="ReportProblem"
          reasons={problemReportReasons}
          subject={{ name: "listingId", value: listing.id }}
          idPrefix="report"
        />
      </ClientMessages>
    </section>
  );
}
