import { describe, expect, it } from "vitest";
import { locateListing } from "./listing-location";
import { findKelurahanAt, getMalangAreas } from "./malang-areas";
import { isInMultiPolygon } from "./point-in-polygon";

const areas = getMalangAreas();

describe("Kota Malang's reference areas (data/malang/)", () => {
  it("has the five kecamatan with Kemendagri and BPS codes, and 57 kelurahan", () => {
    expect(areas.kecamatan.map((area) => [area.code, area.bpsCode, area.name])).toEqual([
      ["35.73.01", "3573040", "Blimbing"],
      ["35.73.02", "3573030", "Klojen"],
      ["35.73.03", "3573010", "Kedungkandang"],
      ["35.73.04", "3573020", "Sukun"],
      ["35.73.05", "3573050", "Lowokwaru"],
    ]);
    expect(areas.kelurahan).toHaveLength(57);
    for (const kelurahan of areas.kelurahan) {
      expect(kelurahan.code).toMatch(/^35\.73\.0[1-5]\.\d{4}$/);
      expect(kelurahan.code.startsWith(kelurahan.kecamatanCode)).toBe(true);
      expect(kelurahan.bpsCode).toMatch(/^3573\d{6}$/);
    }
  });

  it("finds the kelurahan of known places", () => {
    expect(findKelurahanAt(areas, 112.6309, -7.9826)?.name).toBe("Kiduldalem"); // Alun-alun Merdeka
    expect(findKelurahanAt(areas, 112.6144, -7.9525)?.name).toBe("Ketawanggede"); // Universitas Brawijaya
    expect(findKelurahanAt(areas, 112.6521, -7.9399)?.kecamatan).toBe("BLIMBING"); // Malang Creative Center
  });

  it("finds nothing outside the city (Kota Batu, Surabaya, swapped coordinates)", () => {
    expect(findKelurahanAt(areas, 112.52, -7.87)).toBeNull();
    expect(findKelurahanAt(areas, 112.75, -7.25)).toBeNull();
    expect(findKelurahanAt(areas, -7.98, 112.63)).toBeNull();
  });

  it("puts a point inside a kelurahan inside its kecamatan too (the kecamatan are dissolved from the kelurahan)", () => {
    const kecamatanByCode = new Map(areas.kecamatan.map((area) => [area.code, area]));
    for (let i = 0; i < 2000; i++) {
      const lng = 112.57 + ((i * 7919) % 1000) / 1000 / 7;
      const lat = -8.05 + ((i * 104729) % 1000) / 1000 / 6.5;
      const kelurahan = findKelurahanAt(areas, lng, lat);
      if (kelurahan)
        expect(isInMultiPolygon(lng, lat, kecamatanByCode.get(kelurahan.kecamatanCode)!.polygons)).toBe(true);
    }
  });
});

describe("locateListing", () => {
  it("derives the kelurahan and kecamatan from the point", () => {
    expect(locateListing({ latitude: -7.9525, longitude: 112.6144 }, areas)).toEqual({
      ok: true,
      kelurahanCode: "35.73.05.1006",
      kecamatan: "LOWOKWARU",
    });
  });
  it("keeps a matching chosen kecamatan, and a chosen kecamatan without a point", () => {
    expect(locateListing({ latitude: -7.9525, longitude: 112.6144, kecamatan: "LOWOKWARU" }, areas).ok).toBe(true);
    expect(locateListing({ kecamatan: "SUKUN" }, areas)).toEqual({ ok: true, kelurahanCode: null, kecamatan: "SUKUN" });
  });
  it("refuses a kecamatan that contradicts the point, and a point outside the city", () => {
    expect(locateListing({ latitude: -7.9525, longitude: 112.6144, kecamatan: "KLOJEN" }, areas)).toEqual({
      ok: false,
      field: "kecamatan",
      error: "kecamatanContradictsPoint",
    });
    expect(locateListing({ latitude: -7.87, longitude: 112.52 }, areas)).toEqual({
      ok: false,
      field: "latitude",
      error: "outsideMalang",
    });
  });
});
