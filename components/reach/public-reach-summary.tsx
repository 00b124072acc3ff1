import { getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/dates";
import { pickLocalized } from "@/lib/i18n/localized";
import type { ReachCounts, getPublicReachSummary } from "@/lib/reach/queries";
import { actorTypeValues } from "@/lib/reach/schemas";

type Summary = Awaited<ReturnType<typeof getPublicReachSummary>>;
type Props = { summary: Summary; locale: string };

const columns = [
  ["listings", "colListings"],
  ["never", "colNever"],
  ["once", "colOnce"],
  ["twice", "colTwice"],
  ["threePlus", "colThreePlus"],
] as const;

const cell = "px-2 py-1.5 text-right tabular-nums";

/** /statistik: reach of the city's support, aggregated (no business or programme named), and actors by role. */
export async function PublicReachSummary({ summary, locale }: Props) {
  const [t, tReach] = await Promise.all([getTranslations("ReachPublic"), getTranslations("Reach")]);
  // Every role is shown, also one no listing has yet: the PMK3I form asks for all five.
  const empty: ReachCounts = { listings: 0, never: 0, once: 0, twice: 0, threePlus: 0 };
  const actorRows = actorTypeValues.map((actorType) => ({
    key: actorType,
    counts: summary.rows.actorType.find((row) => row.key === actorType) ?? empty,
  }));
  const day = (isoDate: string) => formatCalendarDate(new Date(`${isoDate}T00:00:00Z`), locale);
  const groups: { id: string; heading: string; rows: { key: string; label: string; counts: ReachCounts }[] }[] = [
    { id: "total", heading: t("total"), rows: [{ key: "total", label: t("total"), counts: summary.total }] },
    {
      id: "actorType",
      heading: tReach("dimensions.actorType"),
      rows: actorRows.map((row) => ({ ...row, label: tReach(`actorTypes.${row.key}`) })),
    },
    {
      id: "kecamatan",
      heading: t("byKecamatan"),
      rows: summary.rows.kecamatan.map((row) => ({
        key: row.key,
        label: row.key === "" ? tReach("notRecorded") : row.nameIndonesian,
        counts: row,
      })),
    },
    {
      id: "subsector",
      heading: t("bySubsector"),
      rows: summary.rows.subsector.map((row) => ({
        key: row.key,
        label: pickLocalized(locale, row.nameIndonesian, row.nameEn),
        counts: row,
      })),
    },
  ];
  return (
    <>
      <section id="jangkauan" aria-labelledby="judul-jangkauan" className="space-y-4">
        <h2 id="judul-jangkauan" className="text-2xl font-semibold">
          {t("title")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <p className="font-medium">{t("period", { from: day(summary.period.from), to: day(summary.period.to) })}</p>
        {/* A table wider than a phone scrolls in its own box, which the keyboard can reach (WCAG 2.1.1). */}
        <div
          className="overflow-x-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700"
          tabIndex={0}
          role="region"
          aria-label={t("caption")}
        >
          <table className="w-full max-w-3xl border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-medium">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 align-bottom">
                <th scope="col" className="px-2 py-1.5">
                  {t("colGroup")}
                </th>
                {columns.map(([, label]) => (
                  <th key={label} scope="col" className="px-2 py-1.5 text-right">
                    {tReach(label)}
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.id}>
                {group.id !== "total" ? (
                  <tr className="bg-slate-50">
                    <th scope="rowgroup" colSpan={columns.length + 1} className="px-2 py-1.5 font-semibold">
                      {group.heading}
                    </th>
                  </tr>
                ) : null}
                {group.rows.map((row) => (
                  <tr key={row.key} className="border-b border-slate-200">
                    <th scope="row" className={`px-2 py-1.5 ${group.id === "total" ? "font-semibold" : "font-normal"}`}>
                      {row.label}
                    </th>
                    {columns.map(([field]) => (
                      <td key={field} className={cell}>
                        {row.counts[field]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
        <p className="max-w-3xl text-sm text-slate-600">{t("method")}</p>
        <p className="text-sm text-slate-600">{t("source", { year: summary.period.to.slice(0, 4) })}</p>
      </section>

      <section id="peran-penta-helix" aria-labelledby="judul-penta-helix" className="space-y-3">
        <h2 id="judul-penta-helix" className="text-2xl font-semibold">
          {t("actorHeading")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("actorIntro")}</p>
        <div
          className="overflow-x-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700"
          tabIndex={0}
          role="region"
          aria-label={t("actorCaption")}
        >
          <table className="border-collapse text-left text-sm">
            <caption className="sr-only">{t("actorCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1.5">
                  {t("colActorType")}
                </th>
                <th scope="col" className="px-2 py-1.5 text-right">
                  {t("colCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {actorRows.map((row) => (
                <tr key={row.key} className="border-b border-slate-200">
                  <th scope="row" className="px-2 py-1.5 font-normal">
                    {tReach(`actorTypes.${row.key}`)}
                  </th>
                  <td className={cell}>{row.counts.listings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm text-slate-600">{t("source", { year: summary.period.to.slice(0, 4) })}</p>
      </section>
    </>
  );
}
