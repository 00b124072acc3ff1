import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getRevisionForReview } from "@/lib/moderation/queries";
import { decideRevisionAction } from "@/lib/listings/decision-actions";
import { getListingPath } from "@/lib/listings/kinds";
import { formatJakartaDate } from "@/lib/dates";
import { ChangeList } from "@/components/changes/change-list";
import { DecisionForm } from "@/components/admin/decision-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";

type PageProps = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = privatePageMetadata("Moderation");

export default async function RevisionReviewPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const revision = await getRevisionForReview(staff, id);
  if (!revision) notFound();
  const t = await getTranslations("Moderation");
  const title = t("revisionTitle", { name: revision.listing.nameIndonesian });
  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <p>
          {t("submittedBy", {
            name: revision.author ? `${revision.author.name} (${revision.author.email})` : "—",
            date: formatJakartaDate(revision.updatedAt, locale),
          })}{" "}
          ·{" "}
          <Link href={getListingPath(revision.listing)} className="text-brand-800 underline">
            {revision.listing.nameIndonesian}
          </Link>
        </p>
      </header>
      <PageSection id="perubahan" title={t("changesHeading")} className="min-w-0 space-y-2">
        <ChangeList before={revision.before} after={revision.after} label={title} />
      </PageSection>
      <DecisionForm
        action={decideRevisionAction}
        hiddenFields={{ id: revision.id, listingVersion: String(revision.listing.version) }}
      />
    </section>
  );
}
