import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/auth/session";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { listPostableListings } from "@/lib/collaboration/queries";
import { PostForm } from "@/components/collaboration/post-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("CollaborationForm", "newTitle");

/** The post form, for signed-in managers of a published listing. */
export default async function NewCollaborationPostPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [listings, subsectors] = await Promise.all([listPostableListings(user.id), listSubsectorOptions(locale)]);
  const t = await getTranslations("CollaborationForm");
  const tOwner = await getTranslations("OwnerListing");

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("newTitle")}</h1>
        <p className="max-w-3xl">{t("newIntro")}</p>
      </header>
      {listings.length === 0 ? (
        <div className="space-y-3">
          <p>{t("noListings")}</p>
          <p>
            <Link href={routes.account.newListing} className="text-brand-700 underline">
              {tOwner("newListing")}
            </Link>
          </p>
        </div>
      ) : (
        <PostForm
          listings={listings.map((listing) => ({
            id: listing.id,
            name: pickLocalized(locale, listing.nameIndonesian, listing.nameEn),
          }))}
          subsectors={subsectors}
        />
      )}
    </section>
  );
}
