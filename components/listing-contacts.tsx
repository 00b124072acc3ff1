import { z } from "zod";
import { getTranslations } from "next-intl/server";
import type { SocialLink } from "@/lib/listings/queries";

type ListingContactsProps = {
  websiteUrl: string | null;
  email: string | null;
  phone: string | null;
  whatsappNumber: string | null;
  socialLinks: SocialLink[];
};

const emailSchema = z.email();

/** wa.me wants the international number as digits only; a local 08… number is Indonesian. */
export function toWhatsAppDigits(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/\D/g, "");
  const international = digits.startsWith("0") ? `62${digits.slice(1)}` : digits;
  return international.length >= 8 && international.length <= 15 ? international : null;
}

export function toTelHref(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/\D/g, "");
  if (digits.length < 5) return null;
  return `tel:${value.trim().startsWith("+") ? "+" : ""}${digits}`;
}

function displayUrl(href: string): string {
  const url = new URL(href);
  const path = url.pathname === "/" ? "" : url.pathname;
  return `${url.host}${path}${url.search}`;
}

const linkClass = "text-brand-700 underline hover:text-brand-900";

export async function ListingContacts({ websiteUrl, email, phone, whatsappNumber, socialLinks }: ListingContactsProps) {
  const t = await getTranslations("Profile");
  const validEmail = email && emailSchema.safeParse(email.trim()).success ? email.trim() : null;
  const telHref = toTelHref(phone);
  const whatsappDigits = toWhatsAppDigits(whatsappNumber);
  const hasContacts = Boolean(websiteUrl || validEmail || telHref || whatsappDigits || socialLinks.length > 0);

  return (
    <section aria-labelledby="kontak" className="space-y-3">
      <h2 id="kontak" className="text-xl font-semibold">
        {t("contactsTitle")}
      </h2>
      {hasContacts ? (
        <dl className="fact-list grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
          {websiteUrl ? (
            <>
              <dt className="font-medium text-slate-700">{t("website")}</dt>
              <dd>
                <a
                  href={websiteUrl}
                  rel="noopener noreferrer external"
                  className={`${linkClass} [overflow-wrap:anywhere]`}
                >
                  {displayUrl(websiteUrl)}
                </a>
              </dd>
            </>
          ) : null}
          {validEmail ? (
            <>
              <dt className="font-medium text-slate-700">{t("email")}</dt>
              <dd>
                <a href={`mailto:${validEmail}`} className={`${linkClass} [overflow-wrap:anywhere]`}>
                  {validEmail}
                </a>
              </dd>
            </>
          ) : null}
          {telHref && phone ? (
            <>
              <dt className="font-medium text-slate-700">{t("phone")}</dt>
              <dd>
                <a href={telHref} className={linkClass}>
                  {phone}
                </a>
              </dd>
            </>
          ) : null}
          {whatsappDigits ? (
            <>
              <dt className="font-medium text-slate-700">{t("whatsapp")}</dt>
              <dd>
                <a href={`https://wa.me/${whatsappDigits}`} rel="noopener noreferrer external" className={linkClass}>
                  {t("whatsappLink", { digits: whatsappDigits })}
                </a>
              </dd>
            </>
          ) : null}
          {socialLinks.length > 0 ? (
            <>
              <dt className="font-medium text-slate-700">{t("socialLinks")}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {socialLinks.map((link) => (
                    <li key={link.network}>
                      <a href={link.url} rel="noopener noreferrer external" className={linkClass}>
                        {t(`socialNetwork.${link.network}`)}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="text-slate-700">{t("noContacts")}</p>
      )}
    </section>
  );
}
