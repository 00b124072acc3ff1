import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readXlsxRows } from "@/lib/spreadsheets/read-rows";
import { writeXlsx } from "@/lib/spreadsheets/write-xlsx";
import { buildStatisticsMetadata } from "./bps-metadata";
import { buildDirectoryChart, chartToCsv, chartToTable, type ChartLabels } from "./charts";
import type { DirectoryStatistics } from "./queries";

const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key}(${Object.values(values).join("|")})` : key;
const labels: ChartLabels = {
  t,
  kind: (kind) => kind,
  kecamatan: (kecamatan) => kecamatan.charAt(0) + kecamatan.slice(1).toLowerCase(),
  validity: (validity) => validity,
  locale: "id",
};

const stats: DirectoryStatistics = {
  includeSamples: true,
  totals: { listings: 6, samples: 0 },
  subsectors: [{ slug: "kuliner", nameIndonesian: "Kuliner", nameEn: "Culinary" }],
  kindBySubsector: [{ subsectorSlug: "kuliner", kind: "CREATIVE_BUSINESS", count: 6, certifiedCount: 2 }],
  byKecamatan: [
    { kecamatan: "KLOJEN", count: 5 },
    { kecamatan: null, count: 1 },
  ],
  certificates: [],
  overTime: [],
};

describe("statistics downloads with BPS metadata", () => {
  const chart = buildDirectoryChart("kecamatan", stats, labels);
  const metadata = buildStatisticsMetadata(chart, t, { kind: "asOf", date: "2026-12-07" });

  it("carry area codes, definition, unit, period, frequency and producer as columns on every row", () => {
    const [header, klojen, none] = parse(chartToCsv(chart, "kode", metadata)) as string[][];
    expect(header!.slice(-8)).toEqual([
      "bps.areaCode",
      "bps.areaBpsCode",
      "bps.areaName",
      "bps.definition",
      "bps.unit",
      "bps.period",
      "bps.frequency",
      "bps.producer",
    ]);
    expect(klojen!.slice(0, 6)).toEqual(["klojen", "Klojen", "5", "35.73.02", "3573030", "Klojen"]);
    expect(klojen!.slice(6)).toEqual([
      chart.description,
      "bps.unitListings",
      "bps.periodAsOf(2026-12-07)",
      "bps.frequencyContinuous",
      "bps.producerName",
    ]);
    // A row that is no kecamatan counts the whole city.
    expect(none!.slice(3, 6)).toEqual(["35.73", "3573", "Kota Malang"]);
  });

  it("name the chosen period for the monev funnel", () => {
    const range = buildStatisticsMetadata(chart, t, { kind: "range", from: "2026-01-01", to: "2026-06-30" });
    expect(range.period).toBe("bps.periodRange(2026-01-01|2026-06-30)");
    expect(range.frequency).toBe("bps.frequencyPeriod");
  });

  it("give the same table as an Excel workbook, codes kept as text", async () => {
    const { header, rows } = chartToTable(chart, "kode", metadata);
    const read = await readXlsxRows(await writeXlsx([{ name: chart.title, rows: [header, ...rows] }]));
    expect(read).toEqual({ ok: true, rows: parse(chartToCsv(chart, "kode", metadata)) });
  });
});
