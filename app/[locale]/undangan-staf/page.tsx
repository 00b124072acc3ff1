import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { Link } from "@/lib/i18n/navigation";
import { findStaffInvitation } from "@/lib/admin-users/accept-staff-invitation";
import { staffInviteTokenSchema } from "@/lib/admin-users/schemas";
import { AcceptStaffInviteForm } from "@/components/admin-users/accept-staff-invite-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("StaffInvite");

// Opening the link changes nothing (mail scanners open links too); the invitee accepts with the form.
export default async function StaffInvitationPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, hasil } = await searchParams;
  const t = await getTranslations("StaffInvite");
  const validToken = staffInviteTokenSchema.safeParse(token);
  const invitation = validToken.success ? await findStaffInvitation(validToken.data) : null;

  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {readNotice("staffInvite", hasil) ? (
        <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-3">
          {t("accepted")}{" "}
          <Link href={routes.signIn} className="text-brand-800 underline">
            {t("signIn")}
          </Link>
        </p>
      ) : !validToken.success ? (
        <p>{t("noToken")}</p>
      ) : !invitation ? (
        <Notice tone="error" message={t("invalid")} />
      ) : (
        <>
          <p className="max-w-2xl">
            {t(invitation.hasAccount ? "introExisting" : "introNew", { email: invitation.email })}
          </p>
          <ClientMessages namespaces={["StaffInvite"]}>
            <AcceptStaffInviteForm token={validToken.data} hasAccount={invitation.hasAccount} />
          </ClientMessages>
        </>
      )}
    </section>
  );
}
