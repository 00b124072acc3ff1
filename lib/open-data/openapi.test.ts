import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { openDataFieldGroups } from "./catalogue";
import { certificationsQuerySchema, eventsQuerySchema, listingsQuerySchema, openListingSchema } from "./schemas";
import { collaborationQuerySchema } from "@/lib/collaboration/open-data-schema";
import { packageSearchQuerySchema } from "./ckan";

type Operation = { parameters?: { name: string; in: string; schema: Record<string, unknown> }[]; responses: object };

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument("https://ekraf.contoh.id");
  const paths = document.paths as unknown as Record<string, { get: Operation }>;

  it("is OpenAPI 3.1 with the CC BY 4.0 licence and the server's base address", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.license).toEqual({ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
    expect(document.servers).toEqual([{ url: "https://ekraf.contoh.id/api/v1" }]);
  });

  it("names no field after the code's Indonesian-text fields (decision 025 kept the public names)", () => {
    const text = JSON.stringify(document);
    expect(text).not.toMatch(/Indonesian"\s*:/);
    expect(text).not.toMatch(/"(name|summary|description|title|label|note)Id"/);
  });

  it("describes every endpoint", () => {
    expect(Object.keys(paths).sort()).toEqual(
      [
        "/certifications",
        "/collaboration",
        "/events",
        "/listings",
        "/listings/{slug}",
        "/openapi.json",
        "/subsectors",
        "/package_list",
        "/package_show",
        "/package_search",
        "/organization_list",
      ].sort(),
    );
  });

  it("describes the CKAN action API under its own server, with the parameters its handler parses", () => {
    const ckan = paths as unknown as Record<string, { servers: { url: string }[]; get: Operation }>;
    for (const action of ["package_list", "package_show", "package_search", "organization_list"])
      expect(ckan[`/${action}`]!.servers).toEqual([{ url: "https://ekraf.contoh.id/api/3/action" }]);
    expect(ckan["/package_search"]!.get.parameters!.map((parameter) => parameter.name)).toEqual(
      Object.keys(packageSearchQuerySchema.shape),
    );
    const rows = ckan["/package_search"]!.get.parameters!.find((parameter) => parameter.name === "rows")!;
    expect(rows.schema).toMatchObject({ type: "integer", minimum: 0, maximum: 1000, default: 10 });
    expect(Object.keys(ckan["/package_show"]!.get.responses)).toEqual(expect.arrayContaining(["200", "404", "409"]));
  });

  it("lists each handler's query parameters from the schema the handler parses with", () => {
    const names = (path: string) => paths[path]!.get.parameters!.map((parameter) => parameter.name);
    expect(names("/listings")).toEqual(Object.keys(listingsQuerySchema.shape));
    expect(names("/certifications")).toEqual(Object.keys(certificationsQuerySchema.shape));
    expect(names("/events")).toEqual(Object.keys(eventsQuerySchema.shape));
    expect(names("/collaboration")).toEqual(Object.keys(collaborationQuerySchema.shape));
    const per = paths["/listings"]!.get.parameters!.find((parameter) => parameter.name === "per")!;
    expect(per.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 50 });
    const kecamatan = paths["/listings"]!.get.parameters!.find((parameter) => parameter.name === "kecamatan")!;
    expect(kecamatan.schema.enum).toEqual(["blimbing", "kedungkandang", "klojen", "lowokwaru", "sukun"]);
  });

  it("describes the listing object field by field, and nothing more", () => {
    const listing = document.components.schemas.Listing as { properties: object; additionalProperties: boolean };
    expect(Object.keys(listing.properties)).toEqual(Object.keys(openListingSchema.shape));
    expect(listing.additionalProperties).toBe(false);
    const properties = listing.properties as Record<string, unknown>;
    // The kecamatan and kelurahan objects carry Kemendagri and BPS codes, each documented.
    for (const field of ["kecamatan", "kelurahan"]) {
      const area = JSON.stringify(properties[field]);
      expect(area, field).toMatch(/"code":\{"type":"string","description":"Kemendagri area code/);
      expect(area, field).toMatch(/"bpsCode":\{"type":"string","description":"BPS area code/);
    }
    expect(JSON.stringify(document)).not.toMatch(/"(email|phone|whatsappNumber|nib|managers|monitoring)"/);
  });

  it("has only resolvable references", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref);
  });
});

describe("the /data field definitions", () => {
  it.each(["id", "en"])("define every published field in %s", async (locale) => {
    const messages = (await import(`@/lib/i18n/messages/${locale}/open-data.json`)).default as {
      OpenData: { fields: Record<string, Record<string, string>> };
    };
    for (const group of openDataFieldGroups) {
      for (const field of group.fields) expect(messages.OpenData.fields[group.key]?.[field], field).toBeTruthy();
      expect(Object.keys(messages.OpenData.fields[group.key]!).sort()).toEqual([...group.fields].sort());
    }
  });
});
