import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ChartData } from "@/lib/statistics/charts";
import { BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { ColumnChart } from "./column-chart";
import { niceCeiling } from "./chart-format";

const kecamatan: ChartData = {
  id: "kecamatan",
  title: "Listing terbit per kecamatan",
  description: "Jumlah listing terbit di setiap kecamatan.",
  categoryLabel: "Kecamatan",
  layout: "grouped",
  series: [{ key: "listings", label: "Listing terbit", isPlotted: true }],
  rows: [
    { key: "klojen", label: "Klojen", values: [12] },
    { key: "sukun", label: "Sukun", values: [3] },
  ],
};

const kinds: ChartData = {
  id: "jenis-subsektor",
  title: "Listing per subsektor dan jenis",
  description: "Menurut jenis.",
  categoryLabel: "Subsektor",
  layout: "stacked",
  series: [
    { key: "STARTUP_STUDIO", label: "Startup & studio", isPlotted: true },
    { key: "COMMUNITY", label: "Komunitas", isPlotted: true },
  ],
  rows: [{ key: "kuliner", label: "Kuliner", values: [2, 5] }],
  totalLabel: "Jumlah",
};

const months: ChartData = {
  id: "listing-per-bulan",
  title: "Listing per bulan",
  description: "Baru dan terverifikasi.",
  categoryLabel: "Bulan",
  layout: "columns",
  series: [
    { key: "new", label: "Baru terbit", isPlotted: true },
    { key: "verified", label: "Terakhir diverifikasi", isPlotted: true },
  ],
  rows: [
    { key: "2026-10", label: "Okt 2026", values: [1, 0] },
    { key: "2026-11", label: "Nov 2026", values: [4, 2] },
  ],
};

function parse(html: string) {
  const svg = /<svg[^>]*>/.exec(html)?.[0] ?? "";
  const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(" ") ?? [];
  return { svg, labelledBy };
}

describe("BarChart", () => {
  it("is an image named by its <title> and described by a <desc> that lists every value", () => {
    const html = renderToStaticMarkup(createElement(BarChart, { chart: kecamatan, locale: "id" }));
    const { svg, labelledBy } = parse(html);
    expect(svg).toContain('role="img"');
    expect(labelledBy).toHaveLength(2);
    expect(html).toContain(`<title id="${labelledBy[0]}">Listing terbit per kecamatan</title>`);
    const desc = new RegExp(`<desc id="${labelledBy[1]}">([^<]*)</desc>`).exec(html)?.[1];
    expect(desc).toContain("Klojen: 12");
    expect(desc).toContain("Sukun: 3");
  });

  it("draws bars in proportion and writes each value beside its bar", () => {
    const html = renderToStaticMarkup(createElement(BarChart, { chart: kecamatan, locale: "id" }));
    const widths = [...html.matchAll(/<rect x="200" y="[\d.]+" width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(4);
    expect(html).toMatch(/>12<\/text>/);
    expect(html).toMatch(/>3<\/text>/);
  });

  it("stacks series into one bar with the total at its end, and names the series in a legend", () => {
    const html = renderToStaticMarkup(createElement(BarChart, { chart: kinds, locale: "id" }));
    expect(html).toContain("Startup &amp; studio");
    expect(html).toContain("Komunitas");
    expect(html).toMatch(/>7<\/text>/);
    expect(html).toContain("(Startup &amp; studio / Komunitas) Kuliner: 2 / 5");
  });

  it("formats percentages and numbers for the reader's language", () => {
    const share: ChartData = {
      ...kecamatan,
      id: "sertifikasi-subsektor",
      series: [{ key: "share", label: "Porsi", isPlotted: true, isPercent: true }],
      rows: [{ key: "kuliner", label: "Kuliner", values: [12.5] }],
      maxValue: 100,
    };
    expect(renderToStaticMarkup(createElement(BarChart, { chart: share, locale: "id" }))).toContain(">12,5%<");
    expect(renderToStaticMarkup(createElement(BarChart, { chart: share, locale: "en" }))).toContain(">12.5%<");
  });
});

describe("ColumnChart", () => {
  it("is a labelled image with one column per series and month", () => {
    const html = renderToStaticMarkup(createElement(ColumnChart, { chart: months, locale: "id" }));
    const { svg, labelledBy } = parse(html);
    expect(svg).toContain('role="img"');
    expect(html).toContain(`<title id="${labelledBy[0]}">Listing per bulan</title>`);
    expect(html).toContain("Nov 2026: 4 / 2");
    expect(html.match(/data-row="/g)).toHaveLength(2);
    expect(html).toContain("Okt 2026");
  });
});

describe("ChartFigure", () => {
  const labels = {
    showTable: "Tampilkan tabel",
    downloadCsv: "Unduh data (CSV)",
    downloadXlsx: "Unduh data (Excel)",
    empty: "Belum ada data.",
  };

  it("pairs the chart with a table of the same numbers behind 'show table' and a CSV link", () => {
    const html = renderToStaticMarkup(
      createElement(ChartFigure, { chart: kinds, locale: "id", csvHref: "/api/statistik/jenis-subsektor", labels }),
    );
    expect(html).toContain("<details");
    expect(html).toContain("<summary");
    expect(html).toContain("Tampilkan tabel");
    expect(html).toContain("<caption");
    expect(html).toMatch(/<th scope="row"[^>]*>Kuliner<\/th>/);
    expect(html).toMatch(/>2<\/td>.*>5<\/td>.*>7<\/td>/s);
    expect(html).toContain('href="/api/statistik/jenis-subsektor"');
    expect(html).toContain('aria-label="Unduh data (CSV): Listing per subsektor dan jenis"');
    expect(html).not.toContain("<script");
  });

  it("says there is no data instead of drawing an empty chart, and still offers the CSV", () => {
    const html = renderToStaticMarkup(
      createElement(ChartFigure, { chart: { ...kecamatan, rows: [] }, locale: "id", csvHref: "/x", labels }),
    );
    expect(html).toContain("Belum ada data.");
    expect(html).not.toContain("<svg");
    expect(html).toContain('href="/x"');
  });
});

describe("niceCeiling", () => {
  it("ends axes on 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 12, 180, 2001].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 200, 5000]);
  });
});
