import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { listingKinds } from "@/lib/listings/kinds";
import { getSubsectorProfileBySlug } from "@/lib/subsectors/queries";
import { SampleBadge } from "@/components/sample-badge";

type PageProps = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  const profile = await getSubsectorProfileBySlug(slug);
  if (!profile) return {};
  const { subsector } = profile;
  return {
    title: pickLocalized(locale, subsector.nameId, subsector.nameEn),
    description: pickLocalized(locale, subsector.descriptionId, subsector.descriptionEn),
  };
}

export default async function SubsectorPage({ params }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const profile = await getSubsectorProfileBySlug(slug);
  if (!profile) notFound();
  const { subsector, counts, total, listings } = profile;
  const t = await getTranslations("Subsector");
  const tKind = await getTranslations("Kind");
  const tKecamatan = await getTranslations("Kecamatan");

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p>
          <Link href="/subsektor" className="text-sm text-brand-700 underline">
            {t("backToAll")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">
          {pickLocalized(locale, subsector.nameId, subsector.nameEn)}
        </h1>
        <p className="max-w-3xl text-lg">{pickLocalized(locale, subsector.descriptionId, subsector.descriptionEn)}</p>
        <p className="font-medium">{t("totalListings", { count: total })}</p>
      </header>

      <section aria-labelledby="jumlah-per-jenis" className="space-y-3">
        <h2 id="jumlah-per-jenis" className="text-xl font-semibold">
          {t("countsTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {listingKinds.map((kind) => (
            <div key={kind} className="flex flex-col rounded border border-slate-200 p-3">
              <dt className="order-2 text-sm text-slate-700">{tKind(kind)}</dt>
              <dd className="order-1 text-2xl font-bold">{counts[kind] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="pelaku" className="space-y-3">
        <h2 id="pelaku" className="text-xl font-semibold">
          {t("listingsTitle")}
        </h2>
        {listings.length === 0 ? (
          <p>{t("noListings")}</p>
        ) : (
          <>
            <ul className="divide-y divide-slate-200 rounded border border-slate-200">
              {listings.map((listing) => (
                <li key={listing.slug} className="px-4 py-3">
                  <span className="font-medium">{pickLocalized(locale, listing.nameId, listing.nameEn)}</span>
                  {listing.isSample ? <SampleBadge /> : null}
                  <span className="block text-sm text-slate-600">
                    {tKind(listing.kind)}
                    {listing.kecamatan ? ` · ${tKecamatan(listing.kecamatan)}` : ""}
                  </span>
                </li>
              ))}
            </ul>
            {total > listings.length ? (
              <p className="text-sm text-slate-600">{t("showingFirst", { shown: listings.length, total })}</p>
            ) : null}
          </>
        )}
      </section>
    </article>
  );
}
