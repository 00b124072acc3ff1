import http from "node:http";
import type { AddressInfo } from "node:net";
import jsonld from "jsonld";
import { Parser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { openDataDatasets } from "@/lib/open-data/catalogue";
import { createListing, createSubsector } from "@/tests/support/factories";
import { GET as ckanAction } from "./route";
import { GET as catalogJsonLd } from "@/app/data/catalog.jsonld/route";
import { GET as catalogTurtle } from "@/app/data/catalog.ttl/route";

// A real HTTP server in front of the route handlers, and a client that pages the way ckanext-harvest's CKAN
// harvester does: package_search with rows and start until a page comes back short.

const NIB = "3573000111222";
let baseUrl = "";
let server: http.Server;

async function handle(request: http.IncomingMessage): Promise<Response> {
  const url = new URL(request.url ?? "/", "http://localhost");
  const webRequest = new Request(url, { headers: { accept: String(request.headers.accept ?? "*/*") } });
  const action = /^\/api\/3\/action\/([^/]+)$/.exec(url.pathname);
  if (action) return ckanAction(webRequest, { params: Promise.resolve({ action: action[1]! }) });
  if (url.pathname === "/data/catalog.jsonld") return catalogJsonLd(webRequest);
  if (url.pathname === "/data/catalog.ttl") return catalogTurtle(webRequest);
  return new Response("not found", { status: 404 });
}

beforeAll(async () => {
  const subsector = await createSubsector();
  const listing = await createListing({ primarySubsectorId: subsector.id, nameIndonesian: "Kriya Katalog CKAN" });
  await prisma.listingMonitoring.create({
    data: { listingId: listing.id, nib: NIB, nibEvidence: "Sertifikat OSS dilihat", nibVerifiedAt: new Date() },
  });
  server = http.createServer((request, response) => {
    void handle(request).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

type CkanAnswer<T> = { help: string; success: boolean; result: T; error?: Record<string, unknown> };

async function callAction<T>(action: string, parameters: Record<string, string | number> = {}) {
  const url = new URL(`${baseUrl}/api/3/action/${action}`);
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, String(value));
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as CkanAnswer<T>, headers: response.headers };
}

type Package = {
  name: string;
  title: string;
  resources: { format: string; url: string }[];
  organization: { name: string };
  license_id: string;
  extras: { key: string; value: string }[];
};

describe("the CKAN action API, read as ckanext-harvest reads it", () => {
  it("pages through every dataset with rows and start, finding each once, the same as package_list", async () => {
    const list = await callAction<string[]>("package_list");
    expect(list.status).toBe(200);
    expect(list.body.success).toBe(true);
    expect(list.body.result).toHaveLength(openDataDatasets.length);

    const harvested: string[] = [];
    const rows = 2;
    for (let start = 0; ; start += rows) {
      const page = await callAction<{ count: number; results: Package[] }>("package_search", { rows, start, q: "" });
      expect(page.status).toBe(200);
      expect(page.body.success).toBe(true);
      expect(page.body.result.count).toBe(openDataDatasets.length);
      harvested.push(...page.body.result.results.map((dataset) => dataset.name));
      if (page.body.result.results.length < rows) break;
      expect(start).toBeLessThan(100);
    }
    expect(harvested).toEqual([...list.body.result].sort());

    for (const name of harvested) {
      const shown = await callAction<Package>("package_show", { id: name });
      expect(shown.status).toBe(200);
      expect(shown.body.result.name).toBe(name);
      expect(shown.body.result.organization.name).toBe("disporapar-kota-malang");
      expect(shown.body.result.license_id).toBe("cc-by");
      expect(shown.body.result.resources.map((resource) => resource.format).sort()).toEqual(["CSV", "JSON"]);
      expect(shown.body.result.extras).toContainEqual({ key: "spatial_code_kemendagri", value: "35.73" });
      for (const resource of shown.body.result.resources) expect(resource.url).toMatch(/\/api\/v1\//);
    }
  });

  it("finds datasets by words of their title or tags, and counts them", async () => {
    const found = await callAction<{ count: number; results: Package[] }>("package_search", { q: "sertifikat" });
    expect(found.body.result.count).toBe(1);
    expect(found.body.result.results[0]!.name).toBe("ekraf-kota-malang-certifications");
    const none = await callAction<{ count: number; results: Package[] }>("package_search", { q: "tidakadakatainizzz" });
    expect(none.body.result).toMatchObject({ count: 0, results: [] });
  });

  it("names its one organisation, with fields when asked", async () => {
    expect((await callAction<string[]>("organization_list")).body.result).toEqual(["disporapar-kota-malang"]);
    const withFields = await callAction<{ name: string; package_count: number }[]>("organization_list", {
      all_fields: "true",
    });
    expect(withFields.body.result[0]).toMatchObject({
      name: "disporapar-kota-malang",
      package_count: openDataDatasets.length,
    });
  });

  it("answers bad requests as CKAN does: success false, a typed error and a 4xx", async () => {
    const unknown = await callAction("package_show", { id: "tidak-ada" });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ success: false, error: { __type: "Not Found Error" } });
    const missing = await callAction("package_show");
    expect(missing.status).toBe(409);
    expect(missing.body).toMatchObject({ success: false, error: { __type: "Validation Error" } });
    expect(missing.body.error).toHaveProperty("id");
    for (const rows of ["abc", "-1", "1001", "1.5"]) {
      const bad = await callAction("package_search", { rows });
      expect(bad.status, rows).toBe(409);
      expect(bad.body.error, rows).toHaveProperty("rows");
    }
    const badStart = await callAction("package_search", { start: "x" });
    expect(badStart.status).toBe(409);
    const action = await callAction("package_create");
    expect(action.status).toBe(400);
    expect(action.body).toMatchObject({ success: false, error: { __type: "Bad Request" } });
  });
});

describe("the DCAT catalogue over HTTP", () => {
  it("serves JSON-LD and Turtle that parse, with a dcat:Dataset per dataset", async () => {
    const jsonResponse = await fetch(`${baseUrl}/data/catalog.jsonld`);
    expect(jsonResponse.status).toBe(200);
    expect(jsonResponse.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const quads = (await jsonld.toRDF((await jsonResponse.json()) as jsonld.JsonLdDocument)) as {
      predicate: { value: string };
      object: { value: string };
    }[];
    const isDataset = (quad: { predicate: { value: string }; object: { value: string } }) =>
      quad.predicate.value.endsWith("#type") && quad.object.value === "http://www.w3.org/ns/dcat#Dataset";
    expect(quads.filter(isDataset)).toHaveLength(openDataDatasets.length);

    const turtleResponse = await fetch(`${baseUrl}/data/catalog.ttl`);
    expect(turtleResponse.headers.get("content-type")).toMatch(/^text\/turtle/);
    const triples = new Parser().parse(await turtleResponse.text());
    expect(triples.filter(isDataset)).toHaveLength(openDataDatasets.length);
    // The listings dataset has published rows, so it has a temporal coverage and a modified date.
    const listings = triples.filter((triple) => triple.subject.value.endsWith("/data#listings"));
    expect(listings.map((triple) => triple.predicate.value)).toEqual(
      expect.arrayContaining(["http://purl.org/dc/terms/temporal", "http://purl.org/dc/terms/modified"]),
    );
  });

  it("never carries an NIB, in the catalogue or in any CKAN answer", async () => {
    const bodies = await Promise.all(
      [
        "/data/catalog.jsonld",
        "/data/catalog.ttl",
        "/api/3/action/package_list",
        "/api/3/action/package_search?rows=1000",
        "/api/3/action/organization_list?all_fields=true",
      ].map(async (path) => (await fetch(`${baseUrl}${path}`)).text()),
    );
    for (const body of bodies) {
      expect(body).not.toContain(NIB);
      expect(body).not.toMatch(/"nib/i);
    }
  });
});
