import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getListingKindByPath } from "@/lib/listings/kinds";
import { proposeNewListingAction } from "@/lib/listings/actions";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { ListingContentForm } from "@/components/listings/listing-content-form";
import { getPickerMap } from "@/lib/geo/picker-map";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { ListingKindChooser } from "@/components/listings/listing-kind-chooser";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("OwnerListing", "newTitle");

export default async function NewListingPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const { jenis } = await searchParams;
  setRequestLocale(locale);
  await requireUser(locale);
  const t = await getTranslations("OwnerListing");
  const tKind = await getTranslations("Kind");
  const kind = typeof jenis === "string" ? getListingKindByPath(jenis) : null;

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">
          {kind ? `${t("newTitle")}: ${tKind(kind)}` : t("newTitle")}
        </h1>
        <p>{t("newIntro")}</p>
      </header>
      {kind ? (
        <ListingContentForm
          kind={kind}
          pickerMap={getPickerMap()}
          subsectors={await listSubsectorOptions(locale)}
          initial={{ values: {}, otherSubsectorIds: [] }}
          action={proposeNewListingAction}
          hiddenFields={{ kind }}
          submitLabel={t("submitNew")}
          hasLogoField
          currentCover={{ fileId: null, isSample: false }}
          existingPhotos={[]}
        />
      ) : (
        <ListingKindChooser title={t("chooseKind")} formPath={routes.account.newListing} />
      )}
    </section>
  );
}
