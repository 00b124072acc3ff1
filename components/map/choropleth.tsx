import { AreaMap } from "@/components/map/area-map";
import { getOutlines } from "@/lib/geo/outlines";

// Five sequential classes (ColorBrewer Greens); the darkest keeps its name legible through the white halo.
const CLASS_COLOURS = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"] as const;
const EMPTY_COLOUR = "#ffffff";
// About 1.4 units of the 600-unit drawing (the city is 0.125° wide): under a pixel at the widths it is shown, and
// a quarter fewer points than 0.0002 in every page that carries it (its paths travel twice: HTML and React payload).
const TOLERANCE = 0.0003;

export type ChoroplethLabels = {
  title: string;
  caption: string;
  legendTitle: string;
  none: string;
  area: string;
  codes: string;
  count: string;
};

type Props = {
  level: "kecamatan" | "kelurahan";
  /** Listings per Kemendagri code. */
  counts: ReadonlyMap<string, number>;
  labels: ChoroplethLabels;
  locale: string;
  headingLevel?: "h2" | "h3";
};

/** Equal-interval classes from 1 to the largest count; 0 stays white, so "none" never looks like "few". */
export function classify(counts: readonly number[]): {
  limits: [number, number][];
  classOf: (count: number) => number;
} {
  const max = Math.max(0, ...counts);
  if (max === 0) return { limits: [], classOf: () => -1 };
  const classes = Math.min(CLASS_COLOURS.length, max);
  const step = max / classes;
  const limits = Array.from({ length: classes }, (_, index): [number, number] => [
    index === 0 ? 1 : Math.floor(step * index) + 1,
    index === classes - 1 ? max : Math.floor(step * (index + 1)),
  ]);
  const classOf = (count: number) => (count <= 0 ? -1 : limits.findIndex(([, upper]) => count <= upper));
  return { limits, classOf };
}

/**
 * A choropleth drawn on the server as inline SVG, with its legend and the same figures as a table (the table is the
 * accessible equivalent; the map is an image with a name).
 */
export function Choropleth({ level, counts, labels, locale, headingLevel = "h3" }: Props) {
  const outlines = getOutlines(TOLERANCE);
  const areas = level === "kecamatan" ? outlines.kecamatan : outlines.kelurahan;
  const { limits, classOf } = classify(areas.map((area) => counts.get(area.code) ?? 0));
  const colourOf = (count: number) => (classOf(count) === -1 ? EMPTY_COLOUR : CLASS_COLOURS[classOf(count)]!);
  const fills = new Map(areas.map((area) => [area.code, colourOf(counts.get(area.code) ?? 0)]));
  const number = new Intl.NumberFormat(locale);
  const Heading = headingLevel;
  const id = `choropleth-${level}`;

  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <Heading id={id} className="text-lg font-semibold">
        {labels.title}
      </Heading>
      <p className="text-sm text-slate-700">{labels.caption}</p>
      <div className="grid items-start gap-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <AreaMap
          view={outlines.city}
          width={600}
          title={labels.title}
          kecamatan={outlines.kecamatan}
          kelurahan={level === "kelurahan" ? outlines.kelurahan : []}
          fills={fills}
          labels={level === "kecamatan" ? "kecamatan" : "none"}
          className="h-auto w-full rounded border border-slate-300"
        />
        <div className="space-y-3">
          <div>
            <p className="text-sm font-medium">{labels.legendTitle}</p>
            <ul className="mt-1 space-y-1 text-sm">
              <li className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-4 w-6 rounded-sm border border-slate-400 bg-white" />
                {labels.none}
              </li>
              {limits.map(([lower, upper], index) => (
                <li key={index} className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block h-4 w-6 rounded-sm border border-slate-400"
                    style={{ backgroundColor: CLASS_COLOURS[index] }}
                  />
                  {lower === upper ? number.format(lower) : `${number.format(lower)}–${number.format(upper)}`}
                </li>
              ))}
            </ul>
          </div>
          <details className="rounded border border-slate-200 p-2">
            <summary className="cursor-pointer font-medium text-brand-800">{labels.title}</summary>
            <div className="mt-2 max-h-96 overflow-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">{labels.title}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">
                      {labels.area}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {labels.codes}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {labels.count}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {areas.map((area) => (
                    <tr key={area.code} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {area.name}
                      </th>
                      <td className="py-1 pr-3 font-mono text-xs">
                        {area.code} · {area.bpsCode}
                      </td>
                      <td className="py-1 text-right tabular-nums">{number.format(counts.get(area.code) ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      </div>
    </section>
  );
}
