import { getLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { textLinkClass } from "@/components/page-parts/styles";
import { routes } from "@/lib/site/routes";

/** A detail page's subsectors (a listing's other ones, an event's), each linking to its subsector page. */
export async function SubsectorLinks({
  subsectors,
}: {
  subsectors: { slug: string; nameIndonesian: string; nameEn: string }[];
}) {
  const locale = await getLocale();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {subsectors.map((subsector) => (
        <li key={subsector.slug}>
          <Link href={routes.subsector(subsector.slug)} className={textLinkClass}>
            {pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
