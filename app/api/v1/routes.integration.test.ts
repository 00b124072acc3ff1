import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { prisma } from "@/lib/db/client";
import { hashRateLimitKey } from "@/lib/rate-limit/consume-rate-limit";
import { OPEN_DATA_SHARED_RATE_LIMIT } from "@/lib/open-data/respond";
import {
  listOf,
  oneOf,
  openCertificationSchema,
  openDataErrorSchema,
  openEventSchema,
  openListingDetailSchema,
  openListingSchema,
  openSubsectorSchema,
  pageOf,
} from "@/lib/open-data/schemas";
import {
  createCertification,
  createCertificationType,
  createListing,
  createSubsector,
} from "@/tests/support/factories";
import { createMonevEvent } from "@/tests/support/monev-factories";
import { GET as getListings, OPTIONS as optionsListings } from "./listings/route";
import { GET as getListing } from "./listings/[slug]/route";
import { GET as getSubsectors } from "./subsectors/route";
import { GET as getCertifications } from "./certifications/route";
import { GET as getEvents } from "./events/route";
import { GET as getOpenApi } from "./openapi.json/route";

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

let klojen: { id: string; slug: string }[];
let draft: { slug: string };

beforeAll(async () => {
  const subsector = await createSubsector({ slug: "kuliner-uji-api" });
  const type = await createCertificationType();
  klojen = [];
  for (const name of ["Kopi Klojen A", "Kopi Klojen B", "Kopi Klojen C"]) {
    klojen.push(
      await createListing({
        primarySubsectorId: subsector.id,
        nameIndonesian: name,
        kecamatan: "KLOJEN",
        email: "kontak@contoh.id",
      }),
    );
  }
  await createListing({ primarySubsectorId: subsector.id, nameIndonesian: "Kopi Sukun", kecamatan: "SUKUN" });
  draft = await createListing({
    primarySubsectorId: subsector.id,
    nameIndonesian: "Kopi Draf",
    kecamatan: "KLOJEN",
    status: "DRAFT",
  });
  await createCertification({ listingId: klojen[0]!.id, typeId: type.id, status: "CERTIFIED", number: "HALAL-1" });
  await createMonevEvent("2026-12-01T02:00:00Z");
});

describe("GET /api/v1/listings", () => {
  it("answers JSON with data and pagination, open to any origin and cacheable for 5 minutes", async () => {
    const response = await getListings(request("/api/v1/listings?kecamatan=klojen&per=2"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    const body = pageOf(openListingSchema).parse(await response.json());
    expect(body.data.map((listing) => listing.name.id)).toEqual(["Kopi Klojen A", "Kopi Klojen B"]);
    expect(body.pagination).toMatchObject({ page: 1, perPage: 2, total: 3, pageCount: 2 });
    expect(body.pagination.links.next).toBe("http://localhost:3000/api/v1/listings?kecamatan=klojen&per=2&hal=2");
    expect(body.pagination.links.prev).toBeNull();
    expect(response.headers.get("link")).toContain('hal=2>; rel="next"');
    expect(body.meta).toEqual({
      licence: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      attribution: "Portal Ekonomi Kreatif Kota Malang",
    });
  });

  it("answers 304 without a body when the client already has this version", async () => {
    const first = await getListings(request("/api/v1/listings?kecamatan=klojen"));
    const etag = first.headers.get("etag")!;
    const second = await getListings(request("/api/v1/listings?kecamatan=klojen", { "If-None-Match": etag }));
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.headers.get("access-control-allow-origin")).toBe("*");
    const other = await getListings(request("/api/v1/listings?kecamatan=sukun", { "If-None-Match": etag }));
    expect(other.status).toBe(200);
  });

  it("names the refused parameter in a 400, never a 500", async () => {
    for (const [query, parameter] of [
      ["kecamatan=atlantis", "kecamatan"],
      ["per=500", "per"],
      ["hal=satu", "hal"],
      ["jenis=toko", "jenis"],
      ["subsektor=tidak-ada", "subsektor"],
      ["format=xml", "format"],
    ] as const) {
      const response = await getListings(request(`/api/v1/listings?${query}`));
      expect(response.status, query).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = openDataErrorSchema.parse(await response.json());
      expect(body.error).toMatchObject({ code: "invalid_parameter", parameter });
    }
  });

  it("offers every matching row as CSV, public columns only", async () => {
    const response = await getListings(request("/api/v1/listings?kecamatan=klojen&format=csv&per=1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="listing-ekraf-malang-/);
    const text = await response.text();
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toContain("name_id");
    expect(header).toEqual(
      expect.arrayContaining(["kecamatan_code", "kecamatan_bps_code", "kelurahan_code", "kelurahan_bps_code"]),
    );
    expect(rows[0]![header!.indexOf("kecamatan_code")]).toBe("35.73.02");
    expect(rows[0]![header!.indexOf("kecamatan_bps_code")]).toBe("3573030");
    expect(header).not.toContain("email");
    expect(rows.map((row) => row[header!.indexOf("name_id")])).toEqual([
      "Kopi Klojen A",
      "Kopi Klojen B",
      "Kopi Klojen C",
    ]);
    expect(text).not.toContain("kontak@contoh.id");
    expect(text).not.toContain("Kopi Draf");
  });

  it("answers the CORS preflight", async () => {
    const response = optionsListings();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });
});

describe("GET /api/v1/listings/<slug>", () => {
  it("gives one published listing", async () => {
    const response = await getListing(request(`/api/v1/listings/${klojen[0]!.slug}`), slugParams(klojen[0]!.slug));
    expect(response.status).toBe(200);
    const body = oneOf(openListingDetailSchema).parse(await response.json());
    expect(body.data.certifications.map((certification) => certification.number)).toEqual(["HALAL-1"]);
  });

  it("answers an unpublished listing exactly like an unknown one: 404", async () => {
    const unpublished = await getListing(request(`/api/v1/listings/${draft.slug}`), slugParams(draft.slug));
    const unknown = await getListing(request("/api/v1/listings/tidak-ada"), slugParams("tidak-ada"));
    const odd = await getListing(request("/api/v1/listings/%2E%2E"), slugParams(".."));
    for (const response of [unpublished, unknown, odd]) {
      expect(response.status).toBe(404);
      expect(openDataErrorSchema.parse(await response.json()).error.code).toBe("not_found");
    }
  });
});

describe("the other endpoints", () => {
  it("match the shapes the OpenAPI document is generated from", async () => {
    const subsectors = await getSubsectors(request("/api/v1/subsectors"));
    expect(
      listOf(openSubsectorSchema)
        .parse(await subsectors.json())
        .data.map((item) => item.slug),
    ).toContain("kuliner-uji-api");
    const certifications = await getCertifications(request("/api/v1/certifications?status=berlaku"));
    expect(
      pageOf(openCertificationSchema)
        .parse(await certifications.json())
        .data.map((item) => item.number),
    ).toEqual(["HALAL-1"]);
    const events = await getEvents(request("/api/v1/events?jenis=pelatihan"));
    expect(pageOf(openEventSchema).parse(await events.json()).pagination.total).toBe(1);
    const badProgramme = await getEvents(request("/api/v1/events?program=tidak-ada"));
    expect(openDataErrorSchema.parse(await badProgramme.json()).error.parameter).toBe("program");
  });

  it("publish the OpenAPI document", async () => {
    const response = await getOpenApi(request("/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/listings");
  });
});

describe("rate limit", () => {
  const key = hashRateLimitKey(OPEN_DATA_SHARED_RATE_LIMIT.bucket, "shared");

  afterEach(async () => {
    await prisma.rateLimitHit.deleteMany({ where: { key } });
  });

  it("answers 429 with Retry-After once the client's allowance for the minute is used up", async () => {
    await prisma.rateLimitHit.deleteMany({ where: { key } });
    await prisma.rateLimitHit.createMany({
      data: Array.from({ length: OPEN_DATA_SHARED_RATE_LIMIT.limit - 1 }, () => ({
        bucket: OPEN_DATA_SHARED_RATE_LIMIT.bucket,
        key,
      })),
    });
    expect((await getListings(request("/api/v1/listings"))).status).toBe(200);
    const refused = await getListings(request("/api/v1/listings"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(openDataErrorSchema.parse(await refused.json()).error.code).toBe("rate_limited");
  });
});
