import { clipRingToBox } from "./clip";
import { getMalangAreas } from "./malang-areas";
import { boundingBoxOf, interiorPointOf, type BoundingBox, type Position } from "./point-in-polygon";
import { simplifyRing } from "./simplify";

export type Outline = {
  code: string;
  bpsCode: string;
  name: string;
  /** The kecamatan's code for a kelurahan, its own for a kecamatan. */
  kecamatanCode: string;
  polygons: Position[][][];
  box: BoundingBox;
  /** A point well inside, where its name goes. */
  label: Position;
};

export type Outlines = { kecamatan: Outline[]; kelurahan: Outline[]; city: BoundingBox };

const cache = new Map<number, Outlines>();
const labels = new Map<string, Position>();

/** The kecamatan and kelurahan boundaries simplified to a tolerance in degrees (0.0001° ≈ 11 m), for drawing. */
export function getOutlines(tolerance: number): Outlines {
  const cached = cache.get(tolerance);
  if (cached) return cached;
  const areas = getMalangAreas();
  const toOutline = (area: (typeof areas.kelurahan)[number] | (typeof areas.kecamatan)[number]): Outline => {
    const label = labels.get(area.code) ?? interiorPointOf(area.polygons);
    labels.set(area.code, label);
    return {
      code: area.code,
      bpsCode: area.bpsCode,
      name: area.name,
      kecamatanCode: "kecamatanCode" in area ? area.kecamatanCode : area.code,
      polygons: area.polygons.map((polygon) => polygon.map((ring) => simplifyRing(ring, tolerance))),
      box: area.box,
      label,
    };
  };
  const outlines = {
    kecamatan: areas.kecamatan.map(toOutline),
    kelurahan: areas.kelurahan.map(toOutline),
    city: boundingBoxOf(areas.kecamatan.flatMap((area) => area.polygons)),
  };
  cache.set(tolerance, outlines);
  return outlines;
}

/** A box grown by a share of its size on every side. */
export function padBox(box: BoundingBox, share: number): BoundingBox {
  const dx = (box.east - box.west) * share;
  const dy = (box.north - box.south) * share;
  return { west: box.west - dx, east: box.east + dx, south: box.south - dy, north: box.north + dy };
}

export function boxesOverlap(a: BoundingBox, b: BoundingBox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/**
 * An equirectangular projection of a box onto an SVG of the given width: at Malang's latitude a degree of longitude
 * is cos(8°) ≈ 0.99 of a degree of latitude, which the x scale accounts for.
 */
export function createProjection(view: BoundingBox, width: number) {
  const xScale = Math.cos((((view.north + view.south) / 2) * Math.PI) / 180);
  const scale = width / ((view.east - view.west) * xScale);
  const height = Math.round((view.north - view.south) * scale);
  const project = ([lng, lat]: Position): [number, number] => [
    Math.round((lng - view.west) * xScale * scale * 10) / 10,
    Math.round((view.north - lat) * scale * 10) / 10,
  ];
  // Outlines are cut a little outside the view, so the cut edges (drawn as strokes) fall outside the drawing.
  const clipBox = padBox(view, 0.03);
  const pathOf = (polygons: Position[][][]) =>
    polygons
      .flatMap((polygon) => polygon.map((ring) => clipRingToBox(ring, clipBox)))
      .filter((ring) => ring.length > 0)
      .map((ring) => `M${ring.map((position) => project(position).join(" ")).join("L")}Z`)
      .join("");
  return { width, height, project, pathOf };
}
