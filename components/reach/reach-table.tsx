import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { toReachQueryString, type ReachQuery } from "@/lib/reach/filters";
import type { ReachCounts, ReachDimension, ReachRow } from "@/lib/reach/queries";
import { routes } from "@/lib/site/routes";

const countColumns = [
  ["listings", "all", "colListings"],
  ["never", "never", "colNever"],
  ["once", "once", "colOnce"],
  ["twice", "twice", "colTwice"],
  ["threePlus", "threePlus", "colThreePlus"],
] as const;

type Props = {
  id: string;
  caption: string;
  locale: string;
  period: ReachQuery["period"];
  /** Absent: the totals row (all published listings). */
  dimension?: ReachDimension;
  rows: { key: string; label: string; counts: ReachCounts; programmes?: ReachRow["programmes"] }[];
  programmeLabel: (programme: ReachRow["programmes"][number]) => string;
};

/** One reach table: every count links to the listings behind it. */
export async function ReachTable({ id, caption, period, dimension, rows, programmeLabel }: Props) {
  const t = await getTranslations("Reach");
  const cell = "px-2 py-1.5 text-right tabular-nums";
  return (
    <div className="overflow-x-auto">
      <table id={id} className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className="px-2 py-1.5">
              {t("colGroup")}
            </th>
            {countColumns.map(([, , label]) => (
              <th key={label} scope="col" className="px-2 py-1.5 text-right">
                {t(label)}
              </th>
            ))}
            {dimension ? (
              <th scope="col" className="min-w-48 px-2 py-1.5">
                {t("colProgrammes")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top">
              <th scope="row" className="px-2 py-1.5 font-medium">
                {row.label}
              </th>
              {countColumns.map(([field, bucket]) => {
                const count = row.counts[field];
                const href = `${routes.admin.listingReach}?${toReachQueryString({
                  period,
                  bucket,
                  ...(dimension ? { dimension, key: row.key } : {}),
                })}`;
                return (
                  <td key={field} className={cell}>
                    {count === 0 ? (
                      <span className="text-slate-500">0</span>
                    ) : (
                      <Link
                        href={href}
                        className="text-brand-800 underline hover:text-brand-900"
                        aria-label={t("figureLink", { count, group: row.label, bucket: t(`buckets.${bucket}`) })}
                      >
                        {count}
                      </Link>
                    )}
                  </td>
                );
              })}
              {dimension ? (
                <td className="px-2 py-1.5">
                  {row.programmes && row.programmes.length > 0 ? (
                    <ul className="space-y-0.5">
                      {row.programmes.slice(0, 3).map((programme) => (
                        <li key={programme.key}>
                          {t("programmeListings", { name: programmeLabel(programme), count: programme.listings })}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-500">{t("noProgrammes")}</span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
