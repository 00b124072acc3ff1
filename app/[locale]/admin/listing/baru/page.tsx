import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { createListingAction } from "@/lib/admin-listings/actions";
import { getListingKindByPath } from "@/lib/listings/kinds";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { AdminListingForm } from "@/components/admin-listings/admin-listing-form";
import { getPickerMap } from "@/lib/geo/picker-map";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { ListingKindChooser } from "@/components/listings/listing-kind-chooser";
import { DetailHeader } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("AdminListings", "newTitle");

export default async function AdminNewListingPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const { jenis } = await searchParams;
  setRequestLocale(locale);
  await requireStaff(locale);
  const t = await getTranslations("AdminListings");
  const tKind = await getTranslations("Kind");
  const kind = typeof jenis === "string" ? getListingKindByPath(jenis) : null;

  return (
    <section className="space-y-6">
      <DetailHeader
        backHref={routes.admin.listings}
        backLabel={t("backToList")}
        title={kind ? `${t("newTitle")}: ${tKind(kind)}` : t("newTitle")}
      >
        <p>{t("newIntro")}</p>
      </DetailHeader>
      {kind ? (
        <AdminListingForm
          kind={kind}
          pickerMap={getPickerMap()}
          subsectors={await listSubsectorOptions(locale)}
          initial={{ values: {}, otherSubsectorIds: [] }}
          staffInitial={{ status: "PUBLISHED" }}
          action={createListingAction}
          hiddenFields={{ kind }}
          submitLabel={t("createSubmit")}
          currentCover={{ fileId: null, isSample: false }}
        />
      ) : (
        <ListingKindChooser title={t("chooseKind")} formPath={routes.admin.newListing} />
      )}
    </section>
  );
}
