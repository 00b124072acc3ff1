import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { getEnv } from "@/lib/env";
import { formatJakartaDate } from "@/lib/dates";
import { requireUser } from "@/lib/auth/session";
import { mustEnrolSecondFactor } from "@/lib/auth/permissions";
import { buildTotpUri, renderTotpQrSvg } from "@/lib/auth/second-factor";
import { startSecondFactorAction } from "@/lib/accounts/actions";
import { getSecondFactorSettings } from "@/lib/accounts/queries";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { BackLink } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("Security");

export default async function SecurityPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const notice = readNotice("accountSecurity", (await searchParams).hasil);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const settings = await getSecondFactorSettings(user.id);
  const t = await getTranslations("Security");
  const mustEnrol = mustEnrolSecondFactor(user, getEnv().APP_ENV);
  // The SVG is made here from our own otpauth:// address, never from input, so it is safe to inline.
  const qrSvg = settings.pendingSecret
    ? await renderTotpQrSvg(buildTotpUri(settings.pendingSecret, settings.email))
    : null;

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <BackLink href={routes.account.home} label={t("backToAccount")} />
      </header>
      {notice ? <Notice tone="success" message={t(notice.key)} /> : null}
      {mustEnrol ? <Notice tone="error" message={t("mustEnrol")} /> : null}
      <div className="max-w-2xl space-y-2">
        <p>{t("intro")}</p>
        <p>{t("staffRule")}</p>
        <p>{t("sessionRule")}</p>
        <p className="font-semibold">
          {settings.enabledAt
            ? t("statusEnabled", { date: formatJakartaDate(settings.enabledAt, locale) })
            : t("statusDisabled")}
        </p>
      </div>

      {settings.enabledAt ? (
        <PageSection id="nonaktifkan" title={t("disableTitle")}>
          <p>{t("disableIntro")}</p>
          <SecondFactorForm purpose="disable" />
        </PageSection>
      ) : settings.pendingSecret && qrSvg ? (
        <PageSection id="hubungkan" title={t("enrolTitle")} className="space-y-4">
          <ol className="list-decimal space-y-1 pl-6">
            <li>{t("step1")}</li>
            <li>{t("step2")}</li>
            <li>{t("step3")}</li>
          </ol>
          <div
            role="img"
            aria-label={t("qrAlt")}
            className="w-52 border border-slate-300 bg-white"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <dl>
            <dt className="font-medium">{t("secretLabel")}</dt>
            <dd>
              <code className="text-lg tracking-wider">{settings.pendingSecret.match(/.{1,4}/g)?.join(" ")}</code>
            </dd>
          </dl>
          <p className="text-sm text-slate-600">{t("secretHint")}</p>
          <SecondFactorForm purpose="enable" />
        </PageSection>
      ) : (
        <form action={startSecondFactorAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("start")}
          </button>
        </form>
      )}
    </section>
  );
}
