import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { pickLocalized } from "@/lib/i18n/localized";
import { findInvitation } from "@/lib/listing-managers/accept-invitation";
import { invitationTokenSchema } from "@/lib/listing-managers/schemas";
import { AcceptInvitationForm } from "@/components/listing-managers/accept-invitation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("ManagerInvitation");

// Opening the link changes nothing; the invited person accepts while signed in with the invited address.
export default async function ManagerInvitationPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const parsed = invitationTokenSchema.safeParse({ token: (await searchParams).token });
  const invitation = parsed.success ? await findInvitation(parsed.data.token) : null;
  const user = invitation?.state === "valid" ? await getCurrentUser() : null;
  const t = await getTranslations("ManagerInvitation");
  const alertClass = "max-w-xl rounded border border-red-700 bg-red-50 p-3 text-red-800";

  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {!parsed.success ? (
        <p>{t("noToken")}</p>
      ) : !invitation ? (
        <p role="alert" className={alertClass}>
          {t("errors.invalid")}
        </p>
      ) : invitation.state !== "valid" ? (
        <p role="alert" className={alertClass}>
          {t(`errors.${invitation.state}`)}
        </p>
      ) : (
        <>
          <p className="max-w-2xl">
            {t("intro", {
              listing: pickLocalized(locale, invitation.listing.nameIndonesian, invitation.listing.nameEn),
              email: invitation.email,
            })}
          </p>
          {!user ? (
            <p className="max-w-2xl">
              {t("signInFirst", { email: invitation.email })}{" "}
              <Link href={routes.signIn} className="text-brand-800 underline">
                {t("signIn")}
              </Link>{" "}
              ·{" "}
              <Link href={routes.signUp} className="text-brand-800 underline">
                {t("signUp")}
              </Link>
            </p>
          ) : user.email !== invitation.email ? (
            <p role="alert" className={alertClass}>
              {t("wrongAccount", { current: user.email, email: invitation.email })}
            </p>
          ) : (
            <ClientMessages namespaces={["ManagerInvitation"]}>
              <AcceptInvitationForm token={parsed.data.token} />
            </ClientMessages>
          )}
        </>
      )}
    </section>
  );
}
