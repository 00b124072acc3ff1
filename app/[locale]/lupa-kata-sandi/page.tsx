import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PasswordResetRequestForm } from "@/components/auth/password-reset-request-form";
import { ClientMessages } from "@/components/i18n/client-messages";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "PasswordReset" });
  return { title: t("requestTitle"), robots: { index: false } };
}

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
