import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { verifyEmailAction } from "@/lib/accounts/actions";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";

export const generateMetadata = privatePageMetadata("VerifyEmail");

// Opening the link changes nothing (mail scanners open links too); the person confirms with a button.
export default async function VerifyEmailPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, hasil } = await searchParams;
  const t = await getTranslations("VerifyEmail");
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {readNotice("verifyEmail", hasil) ? <Notice tone="error" message={t("failed")} /> : null}
      {typeof token === "string" && token ? (
        <form action={verifyEmailAction} className="space-y-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <p>{t("confirmIntro")}</p>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("confirm")}
          </button>
        </form>
      ) : (
        <p>{t("noToken")}</p>
      )}
    </section>
  );
}
