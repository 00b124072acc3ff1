/** [longitude, latitude], as in GeoJSON. */
export type Position = readonly [number, number];
export type Ring = readonly Position[];
/** A polygon's rings: the outer ring first, then its holes. */
export type PolygonRings = readonly Ring[];

export type BoundingBox = { west: number; south: number; east: number; north: number };

/** Ray casting (even–odd rule): true when the point is inside the ring. Points on an edge count as inside. */
export function isInRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (isOnSegment(lng, lat, xi, yi, xj, yj)) return true;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function isOnSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  const cross = (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1);
  if (Math.abs(cross) > 1e-12) return false;
  return x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) && y <= Math.max(y1, y2);
}

/** Inside the outer ring and in none of its holes. */
export function isInPolygon(lng: number, lat: number, polygon: PolygonRings): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !isInRing(lng, lat, outer)) return false;
  return !holes.some((hole) => isInRing(lng, lat, hole));
}

export function isInMultiPolygon(lng: number, lat: number, polygons: readonly PolygonRings[]): boolean {
  return polygons.some((polygon) => isInPolygon(lng, lat, polygon));
}

export function boundingBoxOf(polygons: readonly PolygonRings[]): BoundingBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const polygon of polygons)
    for (const [lng, lat] of polygon[0] ?? []) {
      box.west = Math.min(box.west, lng);
      box.east = Math.max(box.east, lng);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  return box;
}

export function isInBoundingBox(lng: number, lat: number, box: BoundingBox): boolean {
  return lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north;
}

function distanceToRing(lng: number, lat: number, ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((lng - x1) * dx + (lat - y1) * dy) / length));
    best = Math.min(best, Math.hypot(lng - (x1 + t * dx), lat - (y1 + t * dy)));
  }
  return best;
}

/**
 * A point well inside the polygons (the grid point farthest from every edge), for a label or a sample point:
 * a centroid can fall outside a concave shape.
 */
export function interiorPointOf(polygons: readonly PolygonRings[], steps = 24): Position {
  const box = boundingBoxOf(polygons);
  let best: Position = polygons[0]?.[0]?.[0] ?? [box.west, box.south];
  let bestDistance = -1;
  for (let i = 1; i < steps; i++)
    for (let j = 1; j < steps; j++) {
      const lng = box.west + ((box.east - box.west) * i) / steps;
      const lat = box.south + ((box.north - box.south) * j) / steps;
      if (!isInMultiPolygon(lng, lat, polygons)) continue;
      const distance = Math.min(
        ...polygons.flatMap((polygon) => polygon.map((ring) => distanceToRing(lng, lat, ring))),
      );
      if (distance > bestDistance) {
        bestDistance = distance;
        best = [lng, lat];
      }
    }
  return best;
}
