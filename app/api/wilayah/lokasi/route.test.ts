import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

const lookUp = (query: string) => GET(new NextRequest(`http://localhost/api/wilayah/lokasi${query}`));

describe("GET /api/wilayah/lokasi", () => {
  it("names the kelurahan and kecamatan a point lies in, as saving derives them", async () => {
    // Universitas Brawijaya.
    const response = await lookUp("?lat=-7.9525&lng=112.6144");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { kelurahan: { code: string; name: string }; kecamatan: unknown };
    expect(body.kelurahan.code).toMatch(/^35\.73\.05\.\d{4}$/);
    expect(body.kecamatan).toEqual({ code: "35.73.05", bpsCode: "3573050", name: "Lowokwaru", slug: "lowokwaru" });
  });

  it("answers 404 outside Kota Malang", async () => {
    // Kota Batu, just west of the city.
    const response = await lookUp("?lat=-7.8700&lng=112.5400");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "outsideMalang" });
  });

  it("answers 400, never 5xx, for anything that is not a pair of decimal degrees", async () => {
    for (const query of [
      "",
      "?lat=-7.95",
      "?lat=abc&lng=112.6",
      "?lat=-7,95&lng=112.6",
      "?lat=1e3&lng=1",
      "?lat=NaN&lng=NaN",
      `?lat=${"9".repeat(500)}&lng=1`,
    ]) {
      const response = await lookUp(query);
      expect(response.status, query).toBe(400);
    }
  });
});
