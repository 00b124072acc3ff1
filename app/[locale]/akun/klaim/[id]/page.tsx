import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pickLocalized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/session";
import { getClaimableListing } from "@/lib/claims/queries";
import { ClaimForm } from "@/components/claims/claim-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = privatePageMetadata("OwnerListing", "submitClaim");

export default async function ClaimListingPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser(locale);
  const listing = await getClaimableListing(id);
  if (!listing) notFound();
  const t = await getTranslations("OwnerListing");
  const name = pickLocalized(locale, listing.nameIndonesian, listing.nameEn);
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("claimTitle", { name })}</h1>
      <p className="max-w-2xl">{t("claimIntro", { name })}</p>
      <ClaimForm listingId={listing.id} />
    </section>
  );
}
