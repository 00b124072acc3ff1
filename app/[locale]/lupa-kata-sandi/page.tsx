import { getTranslations, setRequestLocale } from "next-intl/server";
import { PasswordResetRequestForm } from "@/components/auth/password-reset-request-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("PasswordReset", "requestTitle");

export default async function PasswordResetRequestPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("PasswordReset");
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("requestTitle")}</h1>
      <p className="max-w-2xl">{t("requestIntro")}</p>
      <ClientMessages namespaces={["PasswordReset"]}>
        <PasswordResetRequestForm />
      </ClientMessages>
    </section>
  );
}
