import { readFileSync } from "node:fs";
import path from "node:path";
import type { Kecamatan } from "@/lib/generated/prisma/enums";
import {
  boundingBoxOf,
  isInBoundingBox,
  isInMultiPolygon,
  type BoundingBox,
  type PolygonRings,
} from "./point-in-polygon";

// The reference files are read as shipped (data/malang/README.md: sources, licences, checks); the same rows are
// in the database (KecamatanArea, KelurahanArea) for queries that join on a code. Read once per process.
const DATA_DIR = "data/malang";

export type KecamatanArea = {
  code: string;
  bpsCode: string;
  name: string;
  /** The Listing/Event column's enum value for this kecamatan. */
  kecamatan: Kecamatan;
  polygons: PolygonRings[];
  box: BoundingBox;
};

export type KelurahanArea = {
  code: string;
  bpsCode: string;
  name: string;
  kecamatanCode: string;
  kecamatan: Kecamatan;
  polygons: PolygonRings[];
  box: BoundingBox;
};

export type MalangAreas = {
  kecamatan: KecamatanArea[];
  kelurahan: KelurahanArea[];
  city: BoundingBox;
  byCode: Map<string, KecamatanArea | KelurahanArea>;
};

type Geometry =
  | { type: "Polygon"; coordinates: [number, number][][] }
  | { type: "MultiPolygon"; coordinates: [number, number][][][] };
type FeatureCollection = { features: { properties: { kode: string; nama: string }; geometry: Geometry }[] };

type CodeRow = { code: string; name: string; level: "kecamatan" | "kelurahan"; parent: string; bpsCode: string };

export function parseWilayahCsv(text: string): CodeRow[] {
  const [header, ...lines] = text.trim().split("\n");
  if (header?.trim() !== "kode_kemendagri,nama,tingkat,kode_induk,kode_bps")
    throw new Error("malang-wilayah.csv: header");
  return lines.map((line) => {
    const [code, name, level, parent, bpsCode] = line.trim().split(",");
    if (!code || !name || (level !== "kecamatan" && level !== "kelurahan") || !parent || !bpsCode)
      throw new Error(`malang-wilayah.csv: bad row ${line}`);
    return { code, name, level, parent, bpsCode };
  });
}

function toPolygons(geometry: Geometry): PolygonRings[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

const kecamatanEnumByName: Record<string, Kecamatan> = {
  Blimbing: "BLIMBING",
  Kedungkandang: "KEDUNGKANDANG",
  Klojen: "KLOJEN",
  Lowokwaru: "LOWOKWARU",
  Sukun: "SUKUN",
};

export function buildMalangAreas(
  codesCsv: string,
  kecamatanGeoJson: FeatureCollection,
  kelurahanGeoJson: FeatureCollection,
): MalangAreas {
  const rows = parseWilayahCsv(codesCsv);
  const geometryOf = (collection: FeatureCollection) =>
    new Map(collection.features.map((feature) => [feature.properties.kode, toPolygons(feature.geometry)]));
  const kecamatanGeometry = geometryOf(kecamatanGeoJson);
  const kelurahanGeometry = geometryOf(kelurahanGeoJson);

  const kecamatan: KecamatanArea[] = rows
    .filter((row) => row.level === "kecamatan")
    .map((row) => {
      const polygons = kecamatanGeometry.get(row.code);
      const value = kecamatanEnumByName[row.name];
      if (!polygons || !value) throw new Error(`malang areas: no geometry or enum for ${row.code}`);
      return {
        code: row.code,
        bpsCode: row.bpsCode,
        name: row.name,
        kecamatan: value,
        polygons,
        box: boundingBoxOf(polygons),
      };
    });
  const kecamatanByCode = new Map(kecamatan.map((area) => [area.code, area]));
  const kelurahan: KelurahanArea[] = rows
    .filter((row) => row.level === "kelurahan")
    .map((row) => {
      const polygons = kelurahanGeometry.get(row.code);
      const parent = kecamatanByCode.get(row.parent);
      if (!polygons || !parent) throw new Error(`malang areas: no geometry or parent for ${row.code}`);
      return {
        code: row.code,
        bpsCode: row.bpsCode,
        name: row.name,
        kecamatanCode: parent.code,
        kecamatan: parent.kecamatan,
        polygons,
        box: boundingBoxOf(polygons),
      };
    });
  const city = boundingBoxOf(kecamatan.flatMap((area) => area.polygons));
  const byCode = new Map<string, KecamatanArea | KelurahanArea>([
    ...kecamatan.map((area) => [area.code, area] as const),
    ...kelurahan.map((area) => [area.code, area] as const),
  ]);
  return { kecamatan, kelurahan, city, byCode };
}

let cached: MalangAreas | undefined;

export function getMalangAreas(): MalangAreas {
  if (cached) return cached;
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), DATA_DIR);
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
  cached = buildMalangAreas(
    read("malang-wilayah.csv"),
    JSON.parse(read("malang-kecamatan.geojson")) as FeatureCollection,
    JSON.parse(read("malang-kelurahan.geojson")) as FeatureCollection,
  );
  return cached;
}

/** The kelurahan containing a point, or null outside Kota Malang. Bounding boxes first: most polygons are skipped. */
export function findKelurahanAt(areas: MalangAreas, lng: number, lat: number): KelurahanArea | null {
  if (!isInBoundingBox(lng, lat, areas.city)) return null;
  for (const area of areas.kelurahan)
    if (isInBoundingBox(lng, lat, area.box) && isInMultiPolygon(lng, lat, area.polygons)) return area;
  return null;
}
