import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { formatJakartaDateTime } from "@/lib/dates";
import { getProgrammeForStaff } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { EntityHistory } from "@/components/admin/entity-history";
import { ProgrammeForm } from "@/components/events/programme-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { DetailHeader } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = privatePageMetadata("ProgrammeAdmin", "editTitle");

export default async function AdminProgrammePage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const programme = await getProgrammeForStaff(staff, id);
  if (!programme) notFound();
  const t = await getTranslations("ProgrammeAdmin");
  const tStatus = await getTranslations("EventStatus");
  const linkClass = "text-brand-700 underline hover:text-brand-900";

  return (
    <div className="space-y-8">
      <DetailHeader
        backHref={routes.admin.programmes}
        backLabel={t("backToList")}
        title={pickLocalized(locale, programme.nameIndonesian, programme.nameEn)}
      >
        <p>
          {programme.isActive ? t("active") : t("inactive")} ·{" "}
          <Link href={`${routes.events}?program=${programme.slug}`} className={linkClass}>
            {t("publicList")}
          </Link>
        </p>
      </DetailHeader>

      <PageSection id="ubah-program" title={t("editTitle")}>
        <ProgrammeForm
          submitLabel={t("saveSubmit")}
          programmeId={programme.id}
          expectedUpdatedAt={programme.updatedAt.toISOString()}
          defaults={{
            nameIndonesian: programme.nameIndonesian,
            nameEn: programme.nameEn,
            year: String(programme.year),
            organiserName: programme.organiserName,
            descriptionIndonesian: programme.descriptionIndonesian ?? "",
            descriptionEn: programme.descriptionEn ?? "",
          }}
        />
      </PageSection>

      <PageSection id="acara-program" title={t("eventsTitle")}>
        {programme.events.length === 0 ? (
          <p>{t("noEvents")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {programme.events.map((event) => (
              <li key={event.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                <Link href={routes.admin.event(event.id)} className={linkClass}>
                  {pickLocalized(locale, event.titleIndonesian, event.titleEn)}
                </Link>
                <span className="text-sm text-slate-600">
                  {formatJakartaDateTime(event.startsAt, locale)} · {tStatus(event.status)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <EntityHistory entityType="Programme" entityId={programme.id} />
    </div>
  );
}
