import { getTranslations } from "next-intl/server";
import { AreaMap, type AreaMapPoint } from "@/components/map/area-map";
import { getOutlines } from "@/lib/geo/outlines";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  points: AreaMapPoint[];
  /** The map page with the same filter, e.g. "/peta?subsektor=kriya". */
  href: string;
  title: string;
  headingId: string;
};

const PREVIEW_TOLERANCE = 0.0003;

/** A small, server-drawn map of where listings are (kecamatan outlines, names and points) leading to /peta. */
export async function MapPreview({ points, href, title, headingId }: Props) {
  const t = await getTranslations("Map");
  const outlines = getOutlines(PREVIEW_TOLERANCE);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="grid items-center gap-4 sm:grid-cols-[minmax(0,20rem)_1fr]">
        <AreaMap
          view={outlines.city}
          width={400}
          title={t("previewAlt", { count: points.length })}
          kecamatan={outlines.kecamatan}
          kelurahan={[]}
          points={points}
          pointRadius={3.5}
          pointCell={10}
          className="h-auto w-full rounded border border-slate-300"
        />
        <div className="space-y-2">
          <p className="text-slate-700">{t("previewText", { count: points.length })}</p>
          <Link href={href} className="font-medium text-brand-800 underline hover:text-brand-900">
            {t("previewLink")}
          </Link>
        </div>
      </div>
    </section>
  );
}
