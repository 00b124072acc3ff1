import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { listingKinds } from "@/lib/listings/kinds";
import { getSubsectorBySlug, getSubsectorStats } from "@/lib/subsectors/queries";
import { buildAlternates, buildOpenGraph } from "@/lib/seo/alternates";
import { loadDirectory } from "@/lib/directory/load-directory";
import { DirectoryView } from "@/components/directory/directory-view";
import { SubsectorEvents } from "@/components/events/subsector-events";
import { MapPreview } from "@/components/map/map-preview";
import { listDirectoryMarkers } from "@/lib/directory/queries";
import { parseDirectoryFilters, toSearchParams } from "@/lib/directory/filters";
import { routes } from "@/lib/site/routes";

/** The subsector page's metadata (title, description, alternates); empty for an unknown subsector. */
export async function buildSubsectorMetadata(locale: string, slug: string): Promise<Metadata> {
  const subsector = await getSubsectorBySlug(slug);
  if (!subsector) return {};
  const title = pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn);
  const description = pickLocalized(locale, subsector.descriptionIndonesian, subsector.descriptionEn);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const alternates = buildAlternates(locale, routes.subsector(subsector.slug));
  return {
    title,
    description,
    alternates,
    openGraph: buildOpenGraph(locale, {
      siteName: t("siteName"),
      title,
      description,
      url: alternates.canonical,
    }),
  };
}

/**
 * A subsector: its counts, map, directory (filtered by `searchParams`) and upcoming events. Rendered by the cached
 * route the proxy rewrites to (app/[locale]/saring/subsektor) and by the dynamic one behind it.
 */
export async function SubsectorPageContent({
  locale,
  slug,
  searchParams,
}: {
  locale: string;
  slug: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const subsector = await getSubsectorBySlug(slug);
  if (!subsector) notFound();
  const [stats, { subsectors, filters, problems, search }] = await Promise.all([
    getSubsectorStats(subsector.id),
    loadDirectory(searchParams, { fixedSubsector: subsector.slug }),
  ]);
  const points = await listDirectoryMarkers(
    parseDirectoryFilters({}, { knownSubsectorSlugs: [subsector.slug], fixedSubsector: subsector.slug }).filters,
    locale,
  );
  const tMap = await getTranslations("Map");
  const t = await getTranslations("Subsector");
  const tKind = await getTranslations("Kind");
  const certifiedPercent = stats.total > 0 ? Math.round((stats.certifiedCount / stats.total) * 100) : 0;

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p>
          <Link href={routes.subsectors} className="text-sm text-brand-700 underline">
            {t("backToAll")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">
          {pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn)}
        </h1>
        <p className="max-w-3xl text-lg">
          {pickLocalized(locale, subsector.descriptionIndonesian, subsector.descriptionEn)}
        </p>
        <p className="font-medium">{t("totalListings", { count: stats.total })}</p>
      </header>

      <section aria-labelledby="jumlah-per-jenis" className="space-y-3">
        <h2 id="jumlah-per-jenis" className="text-xl font-semibold">
          {t("countsTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {listingKinds.map((kind) => (
            <div key={kind} className="flex flex-col rounded border border-slate-200 p-3">
              <dt className="order-2 text-sm text-slate-700">{tKind(kind)}</dt>
              <dd className="order-1 text-2xl font-bold">{stats.counts[kind] ?? 0}</dd>
            </div>
          ))}
          <div className="flex flex-col rounded border border-brand-100 bg-brand-50 p-3">
            <dt className="order-2 text-sm text-slate-700">{t("certifiedShare")}</dt>
            <dd className="order-1 text-2xl font-bold">{certifiedPercent}%</dd>
            <dd className="order-3 text-xs text-slate-600">
              {t("certifiedShareDetail", { certified: stats.certifiedCount, total: stats.total })}
            </dd>
          </div>
        </dl>
      </section>

      <MapPreview
        points={points}
        href={`${routes.map}?subsektor=${subsector.slug}`}
        title={tMap("previewTitle")}
        headingId="peta-subsektor"
      />

      <section aria-labelledby="pelaku" className="space-y-3">
        <h2 id="pelaku" className="text-xl font-semibold">
          {t("listingsTitle")}
        </h2>
        <DirectoryView
          action={getPathname({ href: routes.subsector(subsector.slug), locale })}
          filters={filters}
          problems={problems}
          search={search}
          subsectors={subsectors}
          isKindSelectable
          isSubsectorSelectable={false}
          mapHref={`${getPathname({ href: routes.map, locale })}${toSearchParams(filters, { includeKind: true, page: 1 })}`}
        />
      </section>

      <SubsectorEvents subsectorSlug={subsector.slug} />
    </article>
  );
}
