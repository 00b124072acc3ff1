import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { parseDirectoryFilters } from "@/lib/directory/filters";
import { searchDirectory } from "@/lib/directory/queries";
import { listSubsectors } from "@/lib/subsectors/queries";
import { DirectoryView } from "@/components/directory/directory-view";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Directory" });
  return { title: t("searchTitle"), description: t("searchIntro"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("Directory");
  const subsectors = await listSubsectors();
  const { filters, problems } = parseDirectoryFilters(await searchParams, {
    knownSubsectorSlugs: subsectors.map((subsector) => subsector.slug),
  });
  const search = await searchDirectory(filters);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("searchTitle")}</h1>
        <p className="max-w-3xl text-lg">{t("searchIntro")}</p>
      </header>
      <DirectoryView
        action={getPathname({ href: "/cari", locale })}
        filters={filters}
        problems={problems}
        search={search}
        subsectors={subsectors}
        isKindSelectable
      />
    </div>
  );
}
