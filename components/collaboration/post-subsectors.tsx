import { getLocale, getTranslations } from "next-intl/server";
import { pickLocalized } from "@/lib/i18n/localized";

type Entry = { role: "WANTED" | "OFFERED"; subsector: { slug: string; nameIndonesian: string; nameEn: string } };

/** "Looking for: …" and "Offering: …", as a small description list. */
export async function PostSubsectors({ subsectors }: { subsectors: Entry[] }) {
  const locale = await getLocale();
  const t = await getTranslations("Collaboration");
  const namesFor = (role: Entry["role"]) =>
    subsectors
      .filter((entry) => entry.role === role)
      .map((entry) => pickLocalized(locale, entry.subsector.nameIndonesian, entry.subsector.nameEn));
  const wanted = namesFor("WANTED");
  const offered = namesFor("OFFERED");
  return (
    <dl className="grid grid-cols-[minmax(0,auto)_1fr] gap-x-3 gap-y-1 text-sm">
      {wanted.length > 0 ? (
        <>
          <dt className="font-medium">{t("wanted")}</dt>
          <dd>{wanted.join(", ")}</dd>
        </>
      ) : null}
      {offered.length > 0 ? (
        <>
          <dt className="font-medium">{t("offered")}</dt>
          <dd>{offered.join(", ")}</dd>
        </>
      ) : null}
    </dl>
  );
}
