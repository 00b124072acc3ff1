import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { saveEventAction } from "@/lib/events/actions";
import { listOrganiserOptions, listProgrammeOptions } from "@/lib/events/queries";
import { pickLocalized } from "@/lib/i18n/localized";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { EventForm } from "@/components/events/event-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { DetailHeader } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("EventAdmin", "newTitle");

export default async function NewEventPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const [subsectors, programmes, organisers] = await Promise.all([
    listSubsectorOptions(locale),
    listProgrammeOptions(staff),
    listOrganiserOptions(staff),
  ]);
  const t = await getTranslations("EventAdmin");
  const tKind = await getTranslations("Kind");

  return (
    <div className="space-y-6">
      <DetailHeader backHref={routes.admin.events} backLabel={t("backToList")} title={t("newTitle")}>
        <p className="max-w-3xl text-slate-700">{t("newIntro")}</p>
      </DetailHeader>
      <EventForm
        mode="staff"
        action={saveEventAction}
        submitLabel={t("createSubmit")}
        subsectors={subsectors}
        programmes={programmes.map((programme) => ({
          value: programme.id,
          label: `${pickLocalized(locale, programme.nameIndonesian, programme.nameEn)} (${programme.year})`,
        }))}
        organisers={organisers.map((organiser) => ({
          value: organiser.slug,
          label: `${organiser.nameIndonesian} — ${tKind(organiser.kind)}`,
        }))}
      />
    </div>
  );
}
