import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { formatJakartaDate, formatJakartaDateTime } from "@/lib/dates";
import { getListingPath } from "@/lib/listings/kinds";
import { readRecordId } from "@/lib/forms/redirect-target";
import { getInboxAssignee, getStaffEnquiry } from "@/lib/inbox/queries";
import { EnquiryAnswerForm } from "@/components/inbox/enquiry-answer-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { BackLink } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = privatePageMetadata("Inbox");

/** Staff: a visitor's message to a listing without managers, and the answer mailed back to them. */
export default async function StaffEnquiryPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const enquiryId = readRecordId(id);
  const enquiry = enquiryId ? await getStaffEnquiry(staff, enquiryId) : null;
  if (!enquiry) notFound();
  const holder = await getInboxAssignee(staff, "ENQUIRY", enquiry.id);
  const t = await getTranslations("Inbox");
  return (
    <section className="max-w-3xl space-y-6">
      <BackLink href={routes.admin.inbox} label={t("enquiry.backToInbox")} />
      <header className="space-y-2">
        <h1 className="break-words text-3xl font-bold text-brand-900">
          {t("enquiry.title", { name: enquiry.listing.nameIndonesian })}
        </h1>
        <p>{t("enquiry.intro")}</p>
      </header>
      <dl className="grid grid-cols-[minmax(0,auto)_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("enquiry.sender")}</dt>
        <dd className="break-all">
          {enquiry.senderName} &lt;{enquiry.senderEmail}&gt;
        </dd>
        <dt className="font-medium">{t("enquiry.sentOn")}</dt>
        <dd>{formatJakartaDateTime(enquiry.createdAt, locale)}</dd>
        <dt className="font-medium">{t("enquiry.language")}</dt>
        <dd>{t(`enquiry.languages.${enquiry.locale === "en" ? "en" : "id"}`)}</dd>
        <dt className="font-medium">{t("enquiry.listing")}</dt>
        <dd>
          {enquiry.listing.status === "PUBLISHED" ? (
            <Link href={getListingPath(enquiry.listing)} className="text-brand-800 underline">
              {enquiry.listing.nameIndonesian}
            </Link>
          ) : (
            enquiry.listing.nameIndonesian
          )}
        </dd>
      </dl>
      <PageSection id="pesan-isi" title={t("enquiry.message")} className="space-y-2">
        <blockquote className="whitespace-pre-wrap break-words border-l-4 border-slate-300 pl-3">
          {enquiry.message}
        </blockquote>
      </PageSection>
      <p className="font-medium">
        {holder
          ? holder.id === staff.id
            ? t("handledByYou")
            : t("handledBy", { name: holder.name })
          : t("unassigned")}
      </p>
      {enquiry.answeredAt ? (
        <section className="space-y-2 rounded border border-slate-200 p-3">
          <p className="font-medium">
            {t("enquiry.answeredBy", {
              name: enquiry.answeredBy?.name ?? "—",
              date: formatJakartaDate(enquiry.answeredAt, locale),
            })}
          </p>
          <p className="whitespace-pre-wrap break-words">{enquiry.answer}</p>
        </section>
      ) : (
        <EnquiryAnswerForm enquiryId={enquiry.id} />
      )}
    </section>
  );
}
