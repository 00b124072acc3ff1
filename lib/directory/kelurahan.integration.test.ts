import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getKelurahanParents } from "@/lib/geo/kelurahan-parents";
import { listOpenListings } from "@/lib/open-data/queries";
import { openDataErrorSchema, openListingSchema, pageOf } from "@/lib/open-data/schemas";
import { GET as getListings } from "@/app/api/v1/listings/route";
import { createListing, createSubsector } from "@/tests/support/factories";
import { parseDirectoryFilters } from "./filters";
import { listDirectoryMarkers, searchDirectory } from "./queries";

// Oro-oro Dowo and Rampal Celaket lie in Klojen, Tunggulwulung in Lowokwaru (data/malang/malang-wilayah.csv).
const ORO_ORO_DOWO = "35.73.02.1008";
const RAMPAL_CELAKET = "35.73.02.1002";
const TUNGGULWULUNG = "35.73.05.1001";

let subsector: { id: string; slug: string };
let oroOroDowo: { id: string; slug: string };
let rampalCelaket: { id: string };
let tunggulwulung: { id: string };
let klojenWithoutPoint: { id: string };

function parse(params: Record<string, string>, fixedKind?: "COMMUNITY") {
  return parseDirectoryFilters(params, {
    knownSubsectorSlugs: [subsector.slug],
    knownKelurahan: getKelurahanParents(),
    fixedKind,
  });
}

beforeAll(async () => {
  subsector = await createSubsector();
  const primarySubsectorId = subsector.id;
  oroOroDowo = await createListing({
    primarySubsectorId,
    kecamatan: "KLOJEN",
    kelurahanCode: ORO_ORO_DOWO,
    latitude: -7.97,
    longitude: 112.63,
  });
  rampalCelaket = await createListing({ primarySubsectorId, kecamatan: "KLOJEN", kelurahanCode: RAMPAL_CELAKET });
  tunggulwulung = await createListing({
    primarySubsectorId,
    kind: "COMMUNITY",
    kecamatan: "LOWOKWARU",
    kelurahanCode: TUNGGULWULUNG,
  });
  klojenWithoutPoint = await createListing({ primarySubsectorId, kecamatan: "KLOJEN" });
  // Not public: never listed, never counted.
  for (const status of ["DRAFT", "PENDING_REVIEW", "INACTIVE", "ARCHIVED"] as const)
    await createListing({ primarySubsectorId, status, kecamatan: "KLOJEN", kelurahanCode: ORO_ORO_DOWO });
});

describe("the kelurahan filter", () => {
  it("lists only the published listings stored in that kelurahan", async () => {
    const { filters, problems } = parse({ subsektor: subsector.slug, kelurahan: ORO_ORO_DOWO });
    expect(problems).toEqual([]);
    const found = await searchDirectory(filters);
    expect(found.results.map((result) => result.id)).toEqual([oroOroDowo.id]);
    expect(found.total).toBe(1);
  });

  it("counts every kecamatan and kelurahan with the other filters, in the same facet query", async () => {
    const { filters } = parse({ subsektor: subsector.slug, kelurahan: ORO_ORO_DOWO });
    const { facets } = await searchDirectory(filters);
    // The area facets ignore the area filters: choosing Oro-oro Dowo still shows its neighbours' counts.
    expect(facets.kelurahan).toEqual({ [ORO_ORO_DOWO]: 1, [RAMPAL_CELAKET]: 1, [TUNGGULWULUNG]: 1 });
    expect(facets.kecamatan).toEqual({ KLOJEN: 3, LOWOKWARU: 1 });
    // The other facets are counted within the chosen kelurahan.
    expect(facets.kind).toEqual({ CREATIVE_BUSINESS: 1 });
    expect(facets.subsector[subsector.slug]).toBe(1);

    const communities = await searchDirectory(parse({ subsektor: subsector.slug }, "COMMUNITY").filters);
    expect(communities.facets.kelurahan).toEqual({ [TUNGGULWULUNG]: 1 });
    expect(communities.facets.kecamatan).toEqual({ LOWOKWARU: 1 });
  });

  it("resolves a kelurahan outside the chosen kecamatan to the kecamatan, never to an empty list", async () => {
    const { filters, problems } = parse({
      subsektor: subsector.slug,
      kecamatan: "lowokwaru",
      kelurahan: RAMPAL_CELAKET,
    });
    expect(problems).toEqual(["kelurahanOutsideKecamatan"]);
    const found = await searchDirectory(filters);
    expect(found.results.map((result) => result.id)).toEqual([tunggulwulung.id]);
  });

  it("ignores an unknown kelurahan and lists the rest", async () => {
    const { filters, problems } = parse({ subsektor: subsector.slug, kelurahan: "35.73.02.9999" });
    expect(problems).toEqual(["unknownKelurahan"]);
    const found = await searchDirectory(filters);
    expect(found.results.map((result) => result.id).sort()).toEqual(
      [oroOroDowo.id, rampalCelaket.id, tunggulwulung.id, klojenWithoutPoint.id].sort(),
    );
  });

  it("keeps a kecamatan filter's listings without a kelurahan", async () => {
    const found = await searchDirectory(parse({ subsektor: subsector.slug, kecamatan: "klojen" }).filters);
    expect(found.results.map((result) => result.id).sort()).toEqual(
      [oroOroDowo.id, rampalCelaket.id, klojenWithoutPoint.id].sort(),
    );
  });

  it("gives the map the same listings", async () => {
    const markers = await listDirectoryMarkers(
      parse({ subsektor: subsector.slug, kelurahan: ORO_ORO_DOWO }).filters,
      "id",
    );
    expect(markers.map((marker) => marker.slug)).toEqual([oroOroDowo.slug]);
  });
});

describe("the open data kelurahan filter", () => {
  it("filters /api/v1/listings by kelurahan code", async () => {
    const { rows, total } = await listOpenListings(
      parse({ subsektor: subsector.slug, kelurahan: ORO_ORO_DOWO }).filters,
      1,
      50,
    );
    expect(total).toBe(1);
    expect(rows.map((row) => row.slug)).toEqual([oroOroDowo.slug]);

    const response = await getListings(
      new Request(`http://localhost/api/v1/listings?subsektor=${subsector.slug}&kelurahan=${ORO_ORO_DOWO}`),
    );
    expect(response.status).toBe(200);
    const body = pageOf(openListingSchema).parse(await response.json());
    expect(body.data.map((item) => [item.slug, item.kelurahan?.code])).toEqual([[oroOroDowo.slug, ORO_ORO_DOWO]]);
  });

  it("refuses a malformed, unknown or contradicting kelurahan with a 400 naming it", async () => {
    for (const query of [
      "kelurahan=Kauman",
      "kelurahan=35.73.02.9999",
      `kecamatan=sukun&kelurahan=${RAMPAL_CELAKET}`,
    ]) {
      const response = await getListings(new Request(`http://localhost/api/v1/listings?${query}`));
      expect(response.status, query).toBe(400);
      const body = openDataErrorSchema.parse(await response.json());
      expect(body.error, query).toMatchObject({ code: "invalid_parameter", parameter: "kelurahan" });
    }
  });
});

describe("reference data", () => {
  it("knows the same 57 kelurahan as the database, with the same kecamatan", async () => {
    const rows = await prisma.kelurahanArea.findMany({ select: { code: true, kecamatanCode: true } });
    const parents = getKelurahanParents();
    expect(rows).toHaveLength(57);
    expect(parents.size).toBe(57);
    for (const row of rows) expect(parents.has(row.code), row.code).toBe(true);
  });
});
