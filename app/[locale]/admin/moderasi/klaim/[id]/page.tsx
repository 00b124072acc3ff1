import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getClaimForReview } from "@/lib/moderation/queries";
import { decideClaimAction } from "@/lib/moderation/actions";
import { getListingPath } from "@/lib/listings/kinds";
import { toHttpUrl } from "@/lib/listings/queries";
import { formatJakartaDate } from "@/lib/dates";
import { DecisionForm } from "@/components/admin/decision-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { apiRoutes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = privatePageMetadata("Moderation");

export default async function ClaimReviewPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const claim = await getClaimForReview(staff, id);
  if (!claim) notFound();
  const t = await getTranslations("Moderation");
  const proofUrl = toHttpUrl(claim.proofUrl);
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("claimTitle", { name: claim.listing.nameIndonesian })}</h1>
      <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("claimant")}</dt>
        <dd>
          {claim.user.name} ({claim.user.email}) · {formatJakartaDate(claim.createdAt, locale)}
        </dd>
        <dt className="font-medium">{t("relation")}</dt>
        <dd className="whitespace-pre-wrap">{claim.relation}</dd>
        <dt className="font-medium">{t("proofUrl")}</dt>
        <dd>
          {proofUrl ? (
            <a href={proofUrl} rel="noopener noreferrer nofollow" className="text-brand-800 underline">
              {proofUrl}
            </a>
          ) : (
            "—"
          )}
        </dd>
        <dt className="font-medium">{t("proofFile")}</dt>
        <dd>
          {claim.proofFileId ? (
            <a href={apiRoutes.file(claim.proofFileId)} className="text-brand-800 underline">
              {t("openProof")}
            </a>
          ) : (
            "—"
          )}
        </dd>
        <dt className="font-medium">{t("currentManagers")}</dt>
        <dd>
          {claim.listing.managers.length === 0
            ? t("noManagers")
            : claim.listing.managers.map((manager) => `${manager.user.name} (${manager.user.email})`).join(", ")}
        </dd>
      </dl>
      <p>
        <Link href={getListingPath(claim.listing)} className="text-brand-800 underline">
          {claim.listing.nameIndonesian}
        </Link>
      </p>
      <DecisionForm action={decideClaimAction} hiddenFields={{ id: claim.id }} />
    </section>
  );
}
