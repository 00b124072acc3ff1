import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { readReturnPath } from "@/lib/auth/return-path";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("Auth", "signInTitle");

export default async function SignInPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  const { hasil, callbackUrl } = await searchParams;
  const returnPath = readReturnPath(callbackUrl);
  setRequestLocale(locale);
  const t = await getTranslations("Auth");
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("signInTitle")}</h1>
      {hasil === "terverifikasi" ? (
        <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-3">
          {t("verified")}
        </p>
      ) : null}
      {hasil === "sandi-baru" ? (
        <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-3">
          {t("passwordChanged")}
        </p>
      ) : null}
      <p className="max-w-2xl">{t("signInIntro")}</p>
      <ClientMessages namespaces={["Auth", "SecondFactor"]}>
        <SignInForm returnPath={returnPath} />
      </ClientMessages>
      <p>
        <Link href="/lupa-kata-sandi" className="text-brand-700 underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p>
        {t("noAccount")}{" "}
        <Link href="/daftar" className="text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </section>
  );
}
