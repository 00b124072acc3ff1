import {
  buildDatasetRecords,
  KOTA_MALANG_AREA,
  LICENCE,
  PUBLISHER,
  type DatasetDates,
  type DatasetKey,
} from "./dataset-records";
import { ATTRIBUTION } from "./serialize";

// The portal's datasets as a DCAT-AP 3 catalogue, for Satu Data Indonesia portals and other harvesters. One graph
// of plain nodes is built once and written twice, as JSON-LD and as Turtle, so the two files state the same
// triples (the test parses both and compares them). Every node has an IRI: no blank nodes to reconcile.

const PREFIXES = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  locn: "http://www.w3.org/ns/locn#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
} as const;

type Prefixed = `${keyof typeof PREFIXES}:${string}`;
type Term = { iri: string } | { value: string; lang?: "id" | "en"; datatype?: Prefixed };
type GraphNode = { id: string; types: Prefixed[]; properties: [Prefixed, Term][] };

const expand = (name: Prefixed) => {
  const [prefix, local] = name.split(":") as [keyof typeof PREFIXES, string];
  return `${PREFIXES[prefix]}${local}`;
};

const iri = (value: string): Term => ({ iri: value });
const text = (value: string, lang: "id" | "en"): Term => ({ value, lang });
const typed = (value: string, datatype: Prefixed): Term => ({ value, datatype });
const bilingual = (predicate: Prefixed, value: { id: string; en: string }): [Prefixed, Term][] => [
  [predicate, text(value.id, "id")],
  [predicate, text(value.en, "en")],
];

const EU = "http://publications.europa.eu/resource/authority";

export function buildCatalogueGraph(siteUrl: string, dates: Record<DatasetKey, DatasetDates>): GraphNode[] {
  const records = buildDatasetRecords(siteUrl, dates);
  const catalogueUri = `${siteUrl}/data/catalog`;
  const publisherUri = `${catalogueUri}#publisher`;
  const areaUri = `${catalogueUri}#kota-malang`;
  const contactUri = `${catalogueUri}#contact`;

  const nodes: GraphNode[] = [
    {
      id: catalogueUri,
      types: ["dcat:Catalog"],
      properties: [
        ...bilingual("dct:title", {
          id: `Katalog data terbuka ${ATTRIBUTION}`,
          en: `${ATTRIBUTION} open data catalogue`,
        }),
        ...bilingual("dct:description", {
          id: "Data publik direktori ekonomi kreatif Kota Malang: listing, subsektor, sertifikat, acara dan kolaborasi.",
          en: "Public data of Kota Malang's creative economy directory: listings, subsectors, certificates, events and collaboration.",
        }),
        ["dct:publisher", iri(publisherUri)],
        ["foaf:homepage", iri(`${siteUrl}/data`)],
        ["dct:license", iri(LICENCE.url)],
        ["dct:spatial", iri(areaUri)],
        ["dct:language", iri(`${EU}/language/IND`)],
        ["dct:language", iri(`${EU}/language/ENG`)],
        ...records.map((record): [Prefixed, Term] => ["dcat:dataset", iri(record.uri)]),
      ],
    },
    {
      id: publisherUri,
      types: ["foaf:Agent", "foaf:Organization"],
      properties: [
        ["foaf:name", text(PUBLISHER.nameIndonesian, "id")],
        ["foaf:name", text(PUBLISHER.nameEn, "en")],
        ["skos:altLabel", text(PUBLISHER.shortName, "id")],
        ["foaf:homepage", iri(PUBLISHER.homepage)],
      ],
    },
    {
      id: contactUri,
      types: ["vcard:Organization"],
      properties: [
        ["vcard:fn", text(PUBLISHER.shortName, "id")],
        ["vcard:hasURL", iri(`${siteUrl}/data`)],
      ],
    },
    {
      id: areaUri,
      types: ["dct:Location"],
      properties: [
        ["dct:identifier", typed(KOTA_MALANG_AREA.kemendagriCode, "xsd:string")],
        ["skos:notation", typed(KOTA_MALANG_AREA.kemendagriCode, "xsd:string")],
        ["skos:prefLabel", text(KOTA_MALANG_AREA.name, "id")],
        ["locn:geographicName", text(KOTA_MALANG_AREA.name, "id")],
        [
          "skos:scopeNote",
          text(`Kode wilayah Kemendagri ${KOTA_MALANG_AREA.kemendagriCode} (BPS ${KOTA_MALANG_AREA.bpsCode})`, "id"),
        ],
        [
          "skos:scopeNote",
          text(`Kemendagri area code ${KOTA_MALANG_AREA.kemendagriCode} (BPS ${KOTA_MALANG_AREA.bpsCode})`, "en"),
        ],
      ],
    },
    { id: LICENCE.url, types: ["dct:LicenseDocument"], properties: [["dct:title", text(LICENCE.title, "en")]] },
  ];

  for (const record of records) {
    const periodUri = `${record.uri}-period`;
    nodes.push({
      id: record.uri,
      types: ["dcat:Dataset"],
      properties: [
        ["dct:identifier", typed(record.name, "xsd:string")],
        ...bilingual("dct:title", record.title),
        ...bilingual("dct:description", record.description),
        ["dct:publisher", iri(publisherUri)],
        ["dcat:contactPoint", iri(contactUri)],
        ["dct:spatial", iri(areaUri)],
        ...(record.temporal ? ([["dct:temporal", iri(periodUri)]] as [Prefixed, Term][]) : []),
        ...(record.modified ? ([["dct:modified", typed(record.modified, "xsd:dateTime")]] as [Prefixed, Term][]) : []),
        ["dct:license", iri(LICENCE.url)],
        ["dct:accrualPeriodicity", iri(`${EU}/frequency/CONT`)],
        ["dcat:theme", iri(`${EU}/data-theme/ECON`)],
        ["dcat:landingPage", iri(record.landingPage)],
        ...record.keywords.id.map((keyword): [Prefixed, Term] => ["dcat:keyword", text(keyword, "id")]),
        ...record.keywords.en.map((keyword): [Prefixed, Term] => ["dcat:keyword", text(keyword, "en")]),
        ...record.distributions.map((distribution): [Prefixed, Term] => ["dcat:distribution", iri(distribution.uri)]),
      ],
    });
    if (record.temporal)
      nodes.push({
        id: periodUri,
        types: ["dct:PeriodOfTime"],
        properties: [
          ["dcat:startDate", typed(record.temporal.start, "xsd:date")],
          ["dcat:endDate", typed(record.temporal.end, "xsd:date")],
          ...bilingual("skos:scopeNote", record.temporalBasis),
        ],
      });
    for (const distribution of record.distributions)
      nodes.push({
        id: distribution.uri,
        types: ["dcat:Distribution"],
        properties: [
          ...bilingual("dct:title", distribution.title),
          ["dcat:accessURL", iri(distribution.accessUrl)],
          ["dcat:downloadURL", iri(distribution.downloadUrl)],
          ["dcat:mediaType", iri(`https://www.iana.org/assignments/media-types/${distribution.mediaType}`)],
          ["dct:format", iri(`${EU}/file-type/${distribution.format}`)],
          ["dct:license", iri(LICENCE.url)],
        ],
      });
  }
  return nodes;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON-LD: compact IRIs ("dct:title") through the prefixes in @context; values stay explicit objects.

function toJsonLdValue(term: Term) {
  if ("iri" in term) return { "@id": term.iri };
  if (term.lang) return { "@value": term.value, "@language": term.lang };
  return { "@value": term.value, "@type": term.datatype };
}

export function toJsonLd(nodes: GraphNode[]) {
  return {
    "@context": PREFIXES,
    "@graph": nodes.map((node) => {
      const object: Record<string, unknown> = { "@id": node.id, "@type": node.types };
      for (const [predicate, term] of node.properties) {
        const values = (object[predicate] as unknown[] | undefined) ?? [];
        values.push(toJsonLdValue(term));
        object[predicate] = values;
      }
      return object;
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Turtle

const escapeString = (value: string) =>
  value.replace(/[\\"\n\r\t]/g, (char) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" })[char]!);
// IRIs here are the portal's own URLs and fixed vocabularies; characters Turtle forbids inside <> are escaped anyway.
const escapeIri = (value: string) =>
  value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, "0")}`);

function toTurtleTerm(term: Term): string {
  if ("iri" in term) return `<${escapeIri(term.iri)}>`;
  const literal = `"${escapeString(term.value)}"`;
  if (term.lang) return `${literal}@${term.lang}`;
  return term.datatype ? `${literal}^^${term.datatype}` : literal;
}

export function toTurtle(nodes: GraphNode[]): string {
  const lines = Object.entries(PREFIXES).map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .`);
  for (const node of nodes) {
    lines.push("");
    const statements = [
      `a ${node.types.join(", ")}`,
      ...node.properties.map(([predicate, term]) => `${predicate} ${toTurtleTerm(term)}`),
    ];
    lines.push(`<${escapeIri(node.id)}>`);
    statements.forEach((statement, index) =>
      lines.push(`    ${statement}${index === statements.length - 1 ? " ." : " ;"}`),
    );
  }
  return `${lines.join("\n")}\n`;
}

export { expand as expandPrefixed };
