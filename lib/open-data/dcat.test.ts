import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import { describe, expect, it } from "vitest";
import { buildCatalogueGraph, toJsonLd, toTurtle } from "./dcat";
import type { DatasetDates, DatasetKey } from "./dataset-records";
import { openDataDatasets } from "./catalogue";

const SITE = "https://ekraf.contoh.id";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";

const dates = (overrides: Partial<Record<DatasetKey, DatasetDates>> = {}) => {
  const some: DatasetDates = {
    earliest: new Date("2025-01-15T03:00:00Z"),
    latest: new Date("2026-11-30T03:00:00Z"),
    modified: new Date("2026-12-01T08:30:00Z"),
  };
  const all = Object.fromEntries(openDataDatasets.map(({ key }) => [key, some])) as Record<DatasetKey, DatasetDates>;
  return { ...all, ...overrides };
};

type Triple = { subject: string; predicate: string; object: string; language: string; datatype: string };

function fromN3(quads: Quad[]): Triple[] {
  return quads.map((quad) => ({
    subject: quad.subject.value,
    predicate: quad.predicate.value,
    object: quad.object.value,
    language: quad.object.termType === "Literal" ? quad.object.language : "",
    datatype:
      quad.object.termType === "Literal" && !quad.object.language
        ? quad.object.datatype.value
        : quad.object.termType === "Literal"
          ? "lang"
          : "iri",
  }));
}

type JsonLdQuad = {
  subject: { value: string };
  predicate: { value: string };
  object: { value: string; termType: string; language?: string; datatype?: { value: string } };
};

function fromJsonLd(quads: JsonLdQuad[]): Triple[] {
  return quads.map((quad) => ({
    subject: quad.subject.value,
    predicate: quad.predicate.value,
    object: quad.object.value,
    language: quad.object.termType === "Literal" ? (quad.object.language ?? "") : "",
    datatype:
      quad.object.termType === "Literal" && !quad.object.language
        ? (quad.object.datatype?.value ?? "")
        : quad.object.termType === "Literal"
          ? "lang"
          : "iri",
  }));
}

const key = (triple: Triple) => JSON.stringify(triple);

describe("the DCAT-AP catalogue", () => {
  const graph = buildCatalogueGraph(SITE, dates());
  const turtle = toTurtle(graph);
  const document = toJsonLd(graph);
  const turtleTriples = fromN3(new Parser({ format: "text/turtle" }).parse(turtle));

  it("parses as JSON-LD and as Turtle into the same triples", async () => {
    const jsonLdTriples = fromJsonLd((await jsonld.toRDF(document as jsonld.JsonLdDocument)) as JsonLdQuad[]);
    expect(turtleTriples.length).toBeGreaterThan(100);
    expect(jsonLdTriples.map(key).sort()).toEqual(turtleTriples.map(key).sort());
  });

  it("has one dcat:Dataset per /data dataset, each with the properties DCAT-AP and the issue ask for", () => {
    const datasets = turtleTriples
      .filter((triple) => triple.predicate === RDF_TYPE && triple.object === `${DCAT}Dataset`)
      .map((triple) => triple.subject);
    expect(datasets.sort()).toEqual(openDataDatasets.map(({ key }) => `${SITE}/data#${key}`).sort());
    const valuesOf = (subject: string, predicate: string) =>
      turtleTriples.filter((triple) => triple.subject === subject && triple.predicate === predicate);
    for (const dataset of datasets) {
      expect(valuesOf(dataset, `${DCT}identifier`), dataset).toHaveLength(1);
      for (const property of ["title", "description"])
        expect(
          valuesOf(dataset, `${DCT}${property}`)
            .map((triple) => triple.language)
            .sort(),
          property,
        ).toEqual(["en", "id"]);
      expect(valuesOf(dataset, `${DCT}publisher`)).toHaveLength(1);
      expect(valuesOf(dataset, `${DCT}license`)[0]?.object).toBe("https://creativecommons.org/licenses/by/4.0/");
      expect(valuesOf(dataset, `${DCT}modified`)[0]).toMatchObject({
        object: "2026-12-01T08:30:00.000Z",
        datatype: "http://www.w3.org/2001/XMLSchema#dateTime",
      });
      const [spatial] = valuesOf(dataset, `${DCT}spatial`);
      expect(valuesOf(spatial!.object, `${DCT}identifier`)[0]?.object).toBe("35.73");
      const [temporal] = valuesOf(dataset, `${DCT}temporal`);
      expect(valuesOf(temporal!.object, `${DCAT}startDate`)[0]?.object).toBe("2025-01-15");
      expect(valuesOf(temporal!.object, `${DCAT}endDate`)[0]?.object).toBe("2026-11-30");
      const distributions = valuesOf(dataset, `${DCAT}distribution`).map((triple) => triple.object);
      const formats = distributions.map((distribution) => valuesOf(distribution, `${DCT}format`)[0]?.object);
      expect(formats.sort()).toEqual([
        "http://publications.europa.eu/resource/authority/file-type/CSV",
        "http://publications.europa.eu/resource/authority/file-type/JSON",
      ]);
      for (const distribution of distributions) {
        expect(valuesOf(distribution, `${DCAT}accessURL`)[0]?.object).toMatch(
          /^https:\/\/ekraf\.contoh\.id\/api\/v1\//,
        );
        expect(valuesOf(distribution, `${DCAT}downloadURL`)).toHaveLength(1);
      }
    }
    const publisher = valuesOf(datasets[0]!, `${DCT}publisher`)[0]!.object;
    expect(valuesOf(publisher, "http://xmlns.com/foaf/0.1/name").map((triple) => triple.object)).toContain(
      "Dinas Kepemudaan, Olahraga dan Pariwisata Kota Malang",
    );
  });

  it("leaves out the temporal coverage and modified date of a dataset with no public rows yet", () => {
    const empty = buildCatalogueGraph(SITE, dates({ collaboration: { earliest: null, latest: null, modified: null } }));
    const triples = fromN3(new Parser().parse(toTurtle(empty)));
    const of = (predicate: string) =>
      triples.filter((triple) => triple.subject === `${SITE}/data#collaboration` && triple.predicate === predicate);
    expect(of(`${DCT}temporal`)).toEqual([]);
    expect(of(`${DCT}modified`)).toEqual([]);
    expect(of(`${DCT}title`)).toHaveLength(2);
  });

  it("escapes quotes and line breaks in Turtle literals", () => {
    expect(turtle).not.toMatch(/"[^"\n]*\n[^"]*"@/);
    expect(() => new Parser().parse(turtle)).not.toThrow();
  });
});
