import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { buildDirectoryChart, buildFunnelChart, chartToCsv, isStatisticsChartId, type ChartLabels } from "./charts";
import type { MonevFunnel } from "./funnel";
import type { DirectoryStatistics } from "./queries";

const labels: ChartLabels = {
  t: (key) => key,
  kind: (kind) => `kind:${kind}`,
  kecamatan: (kecamatan) => `kec:${kecamatan}`,
  validity: (validity) => `status:${validity}`,
  locale: "id",
};

const stats: DirectoryStatistics = {
  includeSamples: true,
  totals: { listings: 9, samples: 4 },
  subsectors: [
    { slug: "kuliner", nameIndonesian: "Kuliner", nameEn: "Culinary" },
    { slug: "musik", nameIndonesian: "Musik", nameEn: "Music" },
  ],
  kindBySubsector: [
    { subsectorSlug: "kuliner", kind: "CREATIVE_BUSINESS", count: 6, certifiedCount: 2 },
    { subsectorSlug: "kuliner", kind: "COMMUNITY", count: 2, certifiedCount: 1 },
  ],
  byKecamatan: [
    { kecamatan: "KLOJEN", count: 5 },
    { kecamatan: null, count: 1 },
  ],
  certificates: [
    { typeSlug: "halal", typeNameIndonesian: "Halal", typeNameEn: "Halal", validity: "valid", count: 3 },
    { typeSlug: "halal", typeNameIndonesian: "Halal", typeNameEn: "Halal", validity: "revoked", count: 1 },
  ],
  overTime: [
    { month: "2026-10", newCount: 0, verifiedCount: 1 },
    { month: "2026-11", newCount: 9, verifiedCount: 4 },
  ],
};

describe("directory charts", () => {
  it("puts every subsector in the kind chart, zeros included, with a total", () => {
    const chart = buildDirectoryChart("jenis-subsektor", stats, labels);
    expect(chart.rows.map((row) => row.key)).toEqual(["kuliner", "musik"]);
    const kinds = chart.series.map((series) => series.key);
    const kuliner = chart.rows[0]!.values;
    expect(kuliner[kinds.indexOf("CREATIVE_BUSINESS")]).toBe(6);
    expect(kuliner[kinds.indexOf("COMMUNITY")]).toBe(2);
    expect(chart.rows[1]!.values.every((value) => value === 0)).toBe(true);
  });

  it("computes the certified share per subsector from the same counts", () => {
    const chart = buildDirectoryChart("sertifikasi-subsektor", stats, labels);
    expect(chart.rows[0]!.values).toEqual([3, 8, 37.5]);
    expect(chart.rows[1]!.values).toEqual([0, 0, 0]);
    expect(chart.maxValue).toBe(100);
  });

  it("names listings without a kecamatan", () => {
    const chart = buildDirectoryChart("kecamatan", stats, labels);
    expect(chart.rows).toEqual([
      { key: "klojen", label: "kec:KLOJEN", values: [5] },
      { key: "", label: "columns.noKecamatan", values: [1] },
    ]);
  });

  it("spreads certificates over every status, in a fixed order", () => {
    const chart = buildDirectoryChart("sertifikat", stats, labels);
    expect(chart.series.map((series) => series.key)).toEqual([
      "valid",
      "expired",
      "applied",
      "in_review",
      "rejected",
      "revoked",
    ]);
    expect(chart.rows).toEqual([{ key: "halal", label: "Halal", values: [3, 0, 0, 0, 0, 1] }]);
  });

  it("labels months in the reader's language", () => {
    const chart = buildDirectoryChart("listing-per-bulan", stats, { ...labels, locale: "en" });
    expect(chart.rows.map((row) => row.label)).toEqual(["Oct 2026", "Nov 2026"]);
  });
});

describe("funnel charts", () => {
  const funnel: MonevFunnel = {
    period: { from: "2026-01-01", to: "2026-12-31" },
    includeSamples: true,
    total: { trained: 3, applied: 2, certified: 1 },
    bySubsector: [
      { key: "kuliner", nameIndonesian: "Kuliner", nameEn: "Culinary", trained: 3, applied: 2, certified: 1 },
    ],
    byProgramme: [
      {
        key: "bimtek-2026",
        nameIndonesian: "Bimtek 2026",
        nameEn: "Bimtek 2026",
        year: 2026,
        trained: 2,
        applied: 1,
        certified: 1,
      },
      { key: "", nameIndonesian: "", nameEn: "", year: null, trained: 1, applied: 1, certified: 0 },
    ],
  };

  it("shows trained, applied and certified per programme, events outside a programme named as such", () => {
    const chart = buildFunnelChart("monev-program", funnel, { ...labels, locale: "en" });
    expect(chart.rows).toEqual([
      { key: "bimtek-2026", label: "Bimtek 2026", values: [2, 1, 1] },
      { key: "", label: "columns.noProgramme", values: [1, 1, 0] },
    ]);
  });
});

describe("chartToCsv", () => {
  it("writes the table's rows with a code column and the total", () => {
    const csv = chartToCsv(buildDirectoryChart("sertifikat", stats, labels), "kode");
    const [header, row] = parse(csv) as string[][];
    expect(header).toEqual([
      "kode",
      "columns.certificateType",
      "status:valid",
      "status:expired",
      "status:applied",
      "status:in_review",
      "status:rejected",
      "status:revoked",
      "columns.total",
    ]);
    expect(row).toEqual(["halal", "Halal", "3", "0", "0", "0", "0", "1", "4"]);
  });

  it("keeps plain numbers for percentages", () => {
    const [, row] = parse(
      chartToCsv(buildDirectoryChart("sertifikasi-subsektor", stats, labels), "kode"),
    ) as string[][];
    expect(row).toEqual(["kuliner", "Kuliner", "3", "8", "37.5"]);
  });
});

describe("isStatisticsChartId", () => {
  it("knows the seven charts and nothing else", () => {
    expect(isStatisticsChartId("kecamatan")).toBe(true);
    expect(isStatisticsChartId("monev-program")).toBe(true);
    expect(isStatisticsChartId("../etc")).toBe(false);
  });
});
