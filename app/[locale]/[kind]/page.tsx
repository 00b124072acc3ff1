import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { getListingKindByPath } from "@/lib/listings/kinds";
import { buildAlternates, buildOpenGraph } from "@/lib/seo/alternates";
import { loadDirectory } from "@/lib/directory/load-directory";
import { DirectoryView } from "@/components/directory/directory-view";

type PageProps = {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, kind: kindPath } = await params;
  const kind = getListingKindByPath(kindPath);
  if (!kind) return {};
  const t = await getTranslations({ locale, namespace: "Directory" });
  const tMeta = await getTranslations({ locale, namespace: "Metadata" });
  const alternates = buildAlternates(locale, `/${kindPath}`);
  const title = t(`title.${kind}`);
  const description = t(`intro.${kind}`);
  return {
    title,
    description,
    alternates,
    openGraph: buildOpenGraph(locale, { siteName: tMeta("siteName"), title, description, url: alternates.canonical }),
  };
}

export default async function DirectoryPage({ params, searchParams }: PageProps) {
  const { locale, kind: kindPath } = await params;
  const kind = getListingKindByPath(kindPath);
  if (!kind) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("Directory");
  const { subsectors, filters, problems, search } = await loadDirectory(await searchParams, { fixedKind: kind });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t(`title.${kind}`)}</h1>
        <p className="max-w-3xl text-lg">{t(`intro.${kind}`)}</p>
      </header>
      <DirectoryView
        action={getPathname({ href: `/${kindPath}`, locale })}
        filters={filters}
        problems={problems}
        search={search}
        subsectors={subsectors}
        isKindSelectable={false}
      />
    </div>
  );
}
