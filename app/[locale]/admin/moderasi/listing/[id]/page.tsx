import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getNewListingForReview } from "@/lib/moderation/queries";
import { decideNewListingAction } from "@/lib/listings/decision-actions";
import { getListingPath } from "@/lib/listings/kinds";
import { ChangeList } from "@/components/changes/change-list";
import { DecisionForm } from "@/components/admin/decision-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { apiRoutes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = privatePageMetadata("Moderation");

export default async function NewListingReviewPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const listing = await getNewListingForReview(staff, id);
  if (!listing) notFound();
  const t = await getTranslations("Moderation");
  const tKind = await getTranslations("Kind");
  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-brand-900">{t("newListingTitle", { name: listing.nameIndonesian })}</h1>
        <p>
          {t("kind")}: {tKind(listing.kind)} · {t("claimant")}: {listing.proposer?.name ?? "—"}{" "}
          {listing.proposer ? `(${listing.proposer.email})` : null}
        </p>
        {listing.logoFileId ? (
          <p>
            <a href={apiRoutes.file(listing.logoFileId)} className="text-brand-800 underline">
              {t("viewLogo")}
            </a>
          </p>
        ) : null}
        {listing.coverFileId ? (
          <p>
            <a href={apiRoutes.file(listing.coverFileId)} className="text-brand-800 underline">
              {t("viewCover")}
            </a>
          </p>
        ) : null}
      </header>
      {listing.similar.length > 0 ? (
        <section aria-labelledby="mirip" className="rounded border border-amber-600 bg-amber-50 p-4">
          <h2 id="mirip" className="font-semibold">
            {t("similar")}
          </h2>
          <ul className="list-disc pl-6">
            {listing.similar.map((row) => (
              <li key={row.id}>
                {row.status === "PUBLISHED" ? (
                  <Link href={getListingPath(row)} className="text-brand-800 underline">
                    {row.nameIndonesian}
                  </Link>
                ) : (
                  row.nameIndonesian
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ChangeList before={null} after={listing.proposed} label={listing.nameIndonesian} />
      <DecisionForm action={decideNewListingAction} hiddenFields={{ id: listing.id }} />
    </section>
  );
}
