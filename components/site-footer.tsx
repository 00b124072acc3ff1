import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tPrivacy = await getTranslations("PrivacyNotice");
  const tCertifications = await getTranslations("CertificationsPublic");
  const tStatistics = await getTranslations("Statistics");
  const tOpenData = await getTranslations("OpenData");
  const tCollaboration = await getTranslations("Collaboration");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t("footerAbout")}</p>
        <p>{t("footerTimeZone")}</p>
        <p>
          <Link href="/privasi" className="underline hover:text-slate-900">
            {tPrivacy("footerLink")}
          </Link>
        </p>
        <p className="flex flex-wrap gap-x-4">
          <Link href="/statistik" className="underline hover:text-slate-900">
            {tStatistics("footerLink")}
          </Link>
          <Link href="/data" className="underline hover:text-slate-900">
            {tOpenData("footerLink")}
          </Link>
          <Link href="/sertifikasi" className="underline hover:text-slate-900">
            {tCertifications("footerLink")}
          </Link>
          <Link href="/sertifikasi/verifikasi" className="underline hover:text-slate-900">
            {tCertifications("footerVerifyLink")}
          </Link>
          <Link href="/kolaborasi" className="underline hover:text-slate-900">
            {tCollaboration("footerLink")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
