import enMessages from "@/lib/i18n/messages/en/open-data.json";
import idMessages from "@/lib/i18n/messages/id/open-data.json";
import { openDataDatasets } from "./catalogue";
import { ATTRIBUTION, LICENCE_URL } from "./serialize";

// One description of each downloadable dataset, which the DCAT-AP catalogue (/data/catalog.jsonld, .ttl) and the
// CKAN action API (/api/3/action/…) both render: harvesters reading either see the same datasets, titles and
// dates. The list is /data's own (catalogue.ts); titles and descriptions are the /data page's messages.

export type DatasetKey = (typeof openDataDatasets)[number]["key"];

/** The dates a dataset's rows span and when it last changed, read from the database (catalogue-queries.ts). */
export type DatasetDates = { earliest: Date | null; latest: Date | null; modified: Date | null };

export const PUBLISHER = {
  slug: "disporapar-kota-malang",
  nameIndonesian: "Dinas Kepemudaan, Olahraga dan Pariwisata Kota Malang",
  nameEn: "Youth, Sports and Tourism Office of Kota Malang",
  shortName: "Disporapar Kota Malang",
  homepage: "https://disporapar.malangkota.go.id",
} as const;

/** Kota Malang's Kemendagri area code (and BPS's), the spatial coverage of every dataset. */
export const KOTA_MALANG_AREA = { kemendagriCode: "35.73", bpsCode: "3573", name: "Kota Malang" } as const;

export const LICENCE = {
  id: "CC-BY-4.0",
  ckanId: "cc-by",
  title: "Creative Commons Attribution 4.0",
  url: LICENCE_URL,
};

const keywords: Record<DatasetKey, { id: string[]; en: string[] }> = {
  listings: { id: ["ekonomi kreatif", "direktori", "usaha kreatif"], en: ["creative economy", "directory"] },
  subsectors: { id: ["ekonomi kreatif", "subsektor"], en: ["creative economy", "subsectors"] },
  certifications: { id: ["sertifikasi", "HKI", "halal"], en: ["certification", "intellectual property", "halal"] },
  events: { id: ["pelatihan", "bimtek", "acara"], en: ["training", "events"] },
  collaboration: { id: ["kolaborasi"], en: ["collaboration"] },
};

/** What each dataset's temporal coverage is measured by (the rows' own dates). */
const temporalBasis: Record<DatasetKey, { id: string; en: string }> = {
  listings: { id: "tanggal terbit listing", en: "listings' publication dates" },
  subsectors: { id: "tanggal pencatatan", en: "recording dates" },
  certifications: { id: "tanggal terbit sertifikat", en: "certificates' issue dates" },
  events: { id: "tanggal acara", en: "event dates" },
  collaboration: { id: "tanggal unggah", en: "posting dates" },
};

export type DatasetRecord = {
  key: DatasetKey;
  /** Stable name: the CKAN `name` and the DCAT `dct:identifier`. */
  name: string;
  uri: string;
  landingPage: string;
  title: { id: string; en: string };
  description: { id: string; en: string };
  keywords: { id: string[]; en: string[] };
  temporal: { start: string; end: string } | null;
  temporalBasis: { id: string; en: string };
  modified: string | null;
  distributions: {
    format: "CSV" | "JSON";
    mediaType: string;
    accessUrl: string;
    downloadUrl: string;
    uri: string;
    title: { id: string; en: string };
  }[];
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function buildDatasetRecords(siteUrl: string, dates: Record<DatasetKey, DatasetDates>): DatasetRecord[] {
  const id = idMessages.OpenData.datasets as Record<string, string>;
  const en = enMessages.OpenData.datasets as Record<string, string>;
  return openDataDatasets.map(({ key, path }) => {
    const { earliest, latest, modified } = dates[key];
    const name = `ekraf-kota-malang-${key}`;
    const uri = `${siteUrl}/data#${key}`;
    const jsonUrl = `${siteUrl}${path}`;
    const csvUrl = `${siteUrl}${path}?format=csv`;
    return {
      key,
      name,
      uri,
      landingPage: `${siteUrl}/data`,
      title: { id: `${id[key]} — ${ATTRIBUTION}`, en: `${en[key]} — ${ATTRIBUTION}` },
      description: { id: id[`${key}Description`]!, en: en[`${key}Description`]! },
      keywords: keywords[key],
      temporal: earliest && latest ? { start: isoDate(earliest), end: isoDate(latest) } : null,
      temporalBasis: temporalBasis[key],
      modified: modified ? modified.toISOString() : null,
      distributions: [
        {
          format: "CSV",
          mediaType: "text/csv",
          accessUrl: csvUrl,
          downloadUrl: csvUrl,
          uri: `${uri}-csv`,
          title: { id: `${id[key]} (CSV)`, en: `${en[key]} (CSV)` },
        },
        {
          format: "JSON",
          mediaType: "application/json",
          accessUrl: jsonUrl,
          downloadUrl: jsonUrl,
          uri: `${uri}-json`,
          title: { id: `${id[key]} (JSON)`, en: `${en[key]} (JSON)` },
        },
      ],
    };
  });
}
