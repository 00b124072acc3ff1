import { getMalangAreas } from "@/lib/geo/malang-areas";
import { KOTA_MALANG_AREA } from "@/lib/open-data/dataset-records";
import type { ChartData, ChartRow, StatisticsChartId, StatisticsMetadata, Translate } from "./charts";

// The metadata of a statistics download (chartToTable): definition is the chart's own method note, the unit is
// what its figures count, the period is the day it was counted (directory charts count the directory as it is)
// or the chosen period (monev funnel), and the producer is Disporapar.

const unitKey: Record<StatisticsChartId, string> = {
  "jenis-subsektor": "unitListings",
  "sertifikasi-subsektor": "unitShare",
  kecamatan: "unitListings",
  sertifikat: "unitCertificates",
  "listing-per-bulan": "unitListings",
  "monev-subsektor": "unitParticipants",
  "monev-program": "unitParticipants",
};

export function buildStatisticsMetadata(
  chart: ChartData,
  t: Translate,
  period: { kind: "asOf"; date: string } | { kind: "range"; from: string; to: string },
): StatisticsMetadata {
  const city = {
    code: KOTA_MALANG_AREA.kemendagriCode,
    bpsCode: KOTA_MALANG_AREA.bpsCode,
    name: KOTA_MALANG_AREA.name,
  };
  const kecamatanBySlug = new Map(
    getMalangAreas().kecamatan.map((area) => [
      area.kecamatan.toLowerCase(),
      { code: area.code, bpsCode: area.bpsCode, name: area.name },
    ]),
  );
  return {
    labels: {
      areaCode: t("bps.areaCode"),
      areaBpsCode: t("bps.areaBpsCode"),
      areaName: t("bps.areaName"),
      definition: t("bps.definition"),
      unit: t("bps.unit"),
      period: t("bps.period"),
      frequency: t("bps.frequency"),
      producer: t("bps.producer"),
    },
    definition: chart.description,
    unit: t(`bps.${unitKey[chart.id]}`),
    period:
      period.kind === "asOf"
        ? t("bps.periodAsOf", { date: period.date })
        : t("bps.periodRange", { from: period.from, to: period.to }),
    frequency: t(period.kind === "asOf" ? "bps.frequencyContinuous" : "bps.frequencyPeriod"),
    producer: t("bps.producerName"),
    areaOf: (row: ChartRow) => (chart.id === "kecamatan" ? (kecamatanBySlug.get(row.key) ?? city) : city),
  };
}
