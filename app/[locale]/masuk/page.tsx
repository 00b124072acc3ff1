import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { Link } from "@/lib/i18n/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { readReturnPath } from "@/lib/auth/return-path";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("Auth", "signInTitle");

export default async function SignInPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const { hasil, callbackUrl } = await searchParams;
  const notice = readNotice("signIn", hasil);
  const returnPath = readReturnPath(callbackUrl);
  setRequestLocale(locale);
  const t = await getTranslations("Auth");
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("signInTitle")}</h1>
      {notice ? <Notice tone="success" message={t(notice.key)} /> : null}
      <p className="max-w-2xl">{t("signInIntro")}</p>
      <ClientMessages namespaces={["Auth", "SecondFactor"]}>
        <SignInForm returnPath={returnPath} />
      </ClientMessages>
      <p>
        <Link href={routes.forgotPassword} className="text-brand-700 underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p>
        {t("noAccount")}{" "}
        <Link href={routes.signUp} className="text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </section>
  );
}
