import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PasswordResetForm } from "@/components/auth/password-reset-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("PasswordReset", "resetTitle");

export default async function PasswordResetPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("PasswordReset");
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("resetTitle")}</h1>
      {typeof token === "string" && token ? (
        <ClientMessages namespaces={["PasswordReset"]}>
          <PasswordResetForm token={token} />
        </ClientMessages>
      ) : (
        <p>
          {t("noToken")}{" "}
          <Link href={routes.forgotPassword} className="text-brand-700 underline">
            {t("requestTitle")}
          </Link>
        </p>
      )}
    </section>
  );
}
