import type { Kecamatan, ListingKind } from "@/lib/generated/prisma/enums";
import type { CertificationValidity } from "@/lib/certifications/validity";
import { listingKinds } from "@/lib/listings/kinds";
import { toCsv } from "./csv";
import type { FunnelCounts, MonevFunnel } from "./funnel";
import type { DirectoryStatistics } from "./queries";

// Every chart on /statistik is built here from the statistics, once, as plain data: the SVG, its table and its
// CSV download all render the same rows, so the three can never disagree.

export const directoryChartIds = [
  "jenis-subsektor",
  "sertifikasi-subsektor",
  "kecamatan",
  "sertifikat",
  "listing-per-bulan",
] as const;
export const funnelChartIds = ["monev-subsektor", "monev-program"] as const;
export const statisticsChartIds = [...directoryChartIds, ...funnelChartIds] as const;

export type DirectoryChartId = (typeof directoryChartIds)[number];
export type FunnelChartId = (typeof funnelChartIds)[number];
export type StatisticsChartId = (typeof statisticsChartIds)[number];

export function isStatisticsChartId(value: string): value is StatisticsChartId {
  return (statisticsChartIds as readonly string[]).includes(value);
}

export function isFunnelChartId(value: StatisticsChartId): value is FunnelChartId {
  return (funnelChartIds as readonly string[]).includes(value);
}

export type ChartSeries = {
  key: string;
  label: string;
  /** Drawn in the chart; other series appear in the table and the CSV only. */
  isPlotted: boolean;
  isPercent?: boolean;
};

export type ChartRow = { key: string; label: string; values: number[] };

export type ChartData = {
  id: StatisticsChartId;
  title: string;
  description: string;
  /** Heading of the first (category) column. */
  categoryLabel: string;
  /** stacked/grouped: horizontal bars per row; columns: vertical bars per row (months). */
  layout: "stacked" | "grouped" | "columns";
  series: ChartSeries[];
  rows: ChartRow[];
  /** A total column over the plotted series (stacked charts). */
  totalLabel?: string;
  /** The axis end, e.g. 100 for a percentage; otherwise the largest value. */
  maxValue?: number;
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ChartLabels = {
  /** The "Statistics" namespace. */
  t: Translate;
  kind: (kind: ListingKind) => string;
  kecamatan: (kecamatan: Kecamatan) => string;
  validity: (validity: CertificationValidity) => string;
  locale: string;
};

const validityOrder: CertificationValidity[] = ["valid", "expired", "applied", "in_review", "rejected", "revoked"];

const pick = (locale: string, indonesian: string, english: string | null | undefined) =>
  locale === "en" && english ? english : indonesian;

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function chartText(labels: ChartLabels, id: StatisticsChartId) {
  return { id, title: labels.t(`charts.${id}.title`), description: labels.t(`charts.${id}.description`) };
}

function kindBySubsectorChart(stats: DirectoryStatistics, labels: ChartLabels): ChartData {
  return {
    ...chartText(labels, "jenis-subsektor"),
    categoryLabel: labels.t("columns.subsector"),
    layout: "stacked",
    series: listingKinds.map((kind) => ({ key: kind, label: labels.kind(kind), isPlotted: true })),
    rows: stats.subsectors.map((subsector) => ({
      key: subsector.slug,
      label: pick(labels.locale, subsector.nameIndonesian, subsector.nameEn),
      values: listingKinds.map(
        (kind) =>
          stats.kindBySubsector.find((row) => row.subsectorSlug === subsector.slug && row.kind === kind)?.count ?? 0,
      ),
    })),
    totalLabel: labels.t("columns.total"),
  };
}

function certifiedShareChart(stats: DirectoryStatistics, labels: ChartLabels): ChartData {
  return {
    ...chartText(labels, "sertifikasi-subsektor"),
    categoryLabel: labels.t("columns.subsector"),
    layout: "grouped",
    series: [
      { key: "certified", label: labels.t("columns.certified"), isPlotted: false },
      { key: "total", label: labels.t("columns.listings"), isPlotted: false },
      { key: "share", label: labels.t("columns.certifiedShare"), isPlotted: true, isPercent: true },
    ],
    rows: stats.subsectors.map((subsector) => {
      const rows = stats.kindBySubsector.filter((row) => row.subsectorSlug === subsector.slug);
      const total = rows.reduce((sum, row) => sum + row.count, 0);
      const certified = rows.reduce((sum, row) => sum + row.certifiedCount, 0);
      return {
        key: subsector.slug,
        label: pick(labels.locale, subsector.nameIndonesian, subsector.nameEn),
        values: [certified, total, percentOf(certified, total)],
      };
    }),
    maxValue: 100,
  };
}

function kecamatanChart(stats: DirectoryStatistics, labels: ChartLabels): ChartData {
  return {
    ...chartText(labels, "kecamatan"),
    categoryLabel: labels.t("columns.kecamatan"),
    layout: "grouped",
    series: [{ key: "listings", label: labels.t("columns.listings"), isPlotted: true }],
    rows: stats.byKecamatan.map((row) => ({
      key: row.kecamatan?.toLowerCase() ?? "",
      label: row.kecamatan ? labels.kecamatan(row.kecamatan) : labels.t("columns.noKecamatan"),
      values: [row.count],
    })),
  };
}

function certificatesChart(stats: DirectoryStatistics, labels: ChartLabels): ChartData {
  const types = new Map<string, string>();
  for (const row of stats.certificates)
    types.set(row.typeSlug, pick(labels.locale, row.typeNameIndonesian, row.typeNameEn));
  return {
    ...chartText(labels, "sertifikat"),
    categoryLabel: labels.t("columns.certificateType"),
    layout: "stacked",
    series: validityOrder.map((validity) => ({ key: validity, label: labels.validity(validity), isPlotted: true })),
    rows: [...types].map(([slug, name]) => ({
      key: slug,
      label: name,
      values: validityOrder.map(
        (validity) => stats.certificates.find((row) => row.typeSlug === slug && row.validity === validity)?.count ?? 0,
      ),
    })),
    totalLabel: labels.t("columns.total"),
  };
}

function overTimeChart(stats: DirectoryStatistics, labels: ChartLabels): ChartData {
  const monthFormat = new Intl.DateTimeFormat(labels.locale === "en" ? "en-GB" : "id-ID", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return {
    ...chartText(labels, "listing-per-bulan"),
    categoryLabel: labels.t("columns.month"),
    layout: "columns",
    series: [
      { key: "new", label: labels.t("columns.newListings"), isPlotted: true },
      { key: "verified", label: labels.t("columns.verifiedListings"), isPlotted: true },
    ],
    rows: stats.overTime.map((row) => ({
      key: row.month,
      label: monthFormat.format(new Date(`${row.month}-01T00:00:00Z`)),
      values: [row.newCount, row.verifiedCount],
    })),
  };
}

function funnelSeries(labels: ChartLabels): ChartSeries[] {
  return [
    { key: "trained", label: labels.t("columns.trained"), isPlotted: true },
    { key: "applied", label: labels.t("columns.applied"), isPlotted: true },
    { key: "certified", label: labels.t("columns.certifiedAfterTraining"), isPlotted: true },
  ];
}

const funnelValues = (counts: FunnelCounts) => [counts.trained, counts.applied, counts.certified];

function funnelBySubsectorChart(funnel: MonevFunnel, labels: ChartLabels): ChartData {
  return {
    ...chartText(labels, "monev-subsektor"),
    categoryLabel: labels.t("columns.subsector"),
    layout: "grouped",
    series: funnelSeries(labels),
    rows: funnel.bySubsector.map((row) => ({
      key: row.key,
      label: pick(labels.locale, row.nameIndonesian, row.nameEn),
      values: funnelValues(row),
    })),
  };
}

function funnelByProgrammeChart(funnel: MonevFunnel, labels: ChartLabels): ChartData {
  return {
    ...chartText(labels, "monev-program"),
    categoryLabel: labels.t("columns.programme"),
    layout: "grouped",
    series: funnelSeries(labels),
    rows: funnel.byProgramme.map((row) => ({
      key: row.key,
      label: row.key ? pick(labels.locale, row.nameIndonesian, row.nameEn) : labels.t("columns.noProgramme"),
      values: funnelValues(row),
    })),
  };
}

export function buildDirectoryChart(id: DirectoryChartId, stats: DirectoryStatistics, labels: ChartLabels): ChartData {
  switch (id) {
    case "jenis-subsektor":
      return kindBySubsectorChart(stats, labels);
    case "sertifikasi-subsektor":
      return certifiedShareChart(stats, labels);
    case "kecamatan":
      return kecamatanChart(stats, labels);
    case "sertifikat":
      return certificatesChart(stats, labels);
    case "listing-per-bulan":
      return overTimeChart(stats, labels);
  }
}

export function buildFunnelChart(id: FunnelChartId, funnel: MonevFunnel, labels: ChartLabels): ChartData {
  return id === "monev-subsektor" ? funnelBySubsectorChart(funnel, labels) : funnelByProgrammeChart(funnel, labels);
}

/** The sum of a row's plotted values (the bar length of a stacked chart). */
export function plottedTotal(chart: ChartData, row: ChartRow): number {
  return row.values.reduce((sum, value, index) => (chart.series[index]?.isPlotted ? sum + value : sum), 0);
}

/**
 * What BPS asks sectoral statistics to carry (definition, unit, period, frequency, producer) and the area each row
 * counts, written as columns after the figures so every row stands on its own in a spreadsheet.
 */
export type StatisticsMetadata = {
  labels: {
    areaCode: string;
    areaBpsCode: string;
    areaName: string;
    definition: string;
    unit: string;
    period: string;
    frequency: string;
    producer: string;
  };
  definition: string;
  unit: string;
  period: string;
  frequency: string;
  producer: string;
  /** The area a row counts: its kecamatan for the kecamatan chart, otherwise the whole city. */
  areaOf: (row: ChartRow) => { code: string; bpsCode: string; name: string };
};

/** The chart's table: a code column (slug, kecamatan, month), the label, every series, the total, then metadata. */
export function chartToTable(chart: ChartData, codeLabel: string, metadata?: StatisticsMetadata) {
  const header = [codeLabel, chart.categoryLabel, ...chart.series.map((series) => series.label)];
  if (chart.totalLabel) header.push(chart.totalLabel);
  if (metadata) {
    const { labels } = metadata;
    header.push(labels.areaCode, labels.areaBpsCode, labels.areaName);
    header.push(labels.definition, labels.unit, labels.period, labels.frequency, labels.producer);
  }
  const rows = chart.rows.map((row) => {
    const cells: (string | number)[] = [
      row.key,
      row.label,
      ...row.values,
      ...(chart.totalLabel ? [plottedTotal(chart, row)] : []),
    ];
    if (metadata) {
      const area = metadata.areaOf(row);
      cells.push(area.code, area.bpsCode, area.name);
      cells.push(metadata.definition, metadata.unit, metadata.period, metadata.frequency, metadata.producer);
    }
    return cells;
  });
  return { header, rows };
}

export function chartToCsv(chart: ChartData, codeLabel: string, metadata?: StatisticsMetadata): string {
  const { header, rows } = chartToTable(chart, codeLabel, metadata);
  return toCsv(header, rows);
}
