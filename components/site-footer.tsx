import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { readSiteOperator } from "@/lib/site/operator";
import { routes } from "@/lib/site/routes";

const footerLinkClassName = "inline-flex min-h-6 items-center underline hover:text-slate-900";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tPrivacy = await getTranslations("PrivacyNotice");
  const tCertifications = await getTranslations("CertificationsPublic");
  const tStatistics = await getTranslations("Statistics");
  const tOpenData = await getTranslations("OpenData");
  const tCollaboration = await getTranslations("Collaboration");
  const operator = readSiteOperator();
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-2">
        <div className="space-y-2">
          <p>{t("footerAbout")}</p>
          {operator ? (
            <address className="not-italic">
              <span className="block">
                {t("footerOperator")}: <span className="font-medium text-slate-900">{operator.name}</span>
                {operator.isPlaceholder ? ` ${t("footerPlaceholder")}` : null}
              </span>
              {operator.address ? <span className="block">{operator.address}</span> : null}
              {operator.email ? (
                <span className="block">
                  {t("footerEmail")}:{" "}
                  <a href={`mailto:${operator.email}`} className={footerLinkClassName}>
                    {operator.email}
                  </a>
                </span>
              ) : null}
              {operator.phone ? (
                <span className="block">
                  {t("footerPhone")}:{" "}
                  <a href={`tel:${operator.phone.replace(/[^+0-9]/g, "")}`} className={footerLinkClassName}>
                    {operator.phone}
                  </a>
                </span>
              ) : null}
            </address>
          ) : null}
          <p>{t("footerTimeZone")}</p>
        </div>
        <ul className="grid grid-cols-1 content-start gap-x-4 gap-y-1 sm:grid-cols-2">
          <li>
            <Link href={routes.statistics} className={footerLinkClassName}>
              {tStatistics("footerLink")}
            </Link>
          </li>
          <li>
            <Link href={routes.openData} className={footerLinkClassName}>
              {tOpenData("footerLink")}
            </Link>
          </li>
          <li>
            <Link href={routes.certifications} className={footerLinkClassName}>
              {tCertifications("footerLink")}
            </Link>
          </li>
          <li>
            <Link href={routes.certificateCheck} className={footerLinkClassName}>
              {tCertifications("footerVerifyLink")}
            </Link>
          </li>
          <li>
            <Link href={routes.collaboration} className={footerLinkClassName}>
              {tCollaboration("footerLink")}
            </Link>
          </li>
          <li>
            <Link href={routes.privacy} className={footerLinkClassName}>
              {tPrivacy("footerLink")}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
