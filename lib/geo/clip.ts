import type { BoundingBox, Position, Ring } from "./point-in-polygon";

type Edge = { isInside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

const at = (a: Position, b: Position, t: number): Position => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

function edgesOf(box: BoundingBox): Edge[] {
  return [
    { isInside: (p) => p[0] >= box.west, cross: (a, b) => at(a, b, (box.west - a[0]) / (b[0] - a[0])) },
    { isInside: (p) => p[0] <= box.east, cross: (a, b) => at(a, b, (box.east - a[0]) / (b[0] - a[0])) },
    { isInside: (p) => p[1] >= box.south, cross: (a, b) => at(a, b, (box.south - a[1]) / (b[1] - a[1])) },
    { isInside: (p) => p[1] <= box.north, cross: (a, b) => at(a, b, (box.north - a[1]) / (b[1] - a[1])) },
  ];
}

/**
 * Sutherland–Hodgman: the part of a closed ring inside a box (a rectangle is convex, so the result is exact up to
 * edges running along the box's border). A map zoomed on one kelurahan draws only what it shows instead of whole
 * kecamatan outlines far outside it. Returns an empty ring when nothing is inside.
 */
export function clipRingToBox(ring: Ring, box: BoundingBox): Position[] {
  let points: Position[] =
    ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1]
      ? ring.slice(0, -1)
      : [...ring];
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.isInside(current)) {
        if (!edge.isInside(previous)) points.push(edge.cross(previous, current));
        points.push(current);
      } else if (edge.isInside(previous)) {
        points.push(edge.cross(previous, current));
      }
    }
  }
  if (points.length < 3) return [];
  return [...points, points[0]!];
}
