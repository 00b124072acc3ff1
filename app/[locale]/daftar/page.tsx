import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("SignUp");

export default async function SignUpPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("SignUp");
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <ClientMessages namespaces={["SignUp", "PrivacyNotice"]}>
        <SignUpForm />
      </ClientMessages>
      <p>
        {t("haveAccount")}{" "}
        <Link href={routes.signIn} className="text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </section>
  );
}
