import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { loadDirectory } from "@/lib/directory/load-directory";
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
  const { subsectors, filters, problems, search } = await loadDirectory(await searchParams);

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
