import type { Position, Ring } from "./point-in-polygon";

function distanceToSegment([x, y]: Position, [x1, y1]: Position, [x2, y2]: Position): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/**
 * Douglas–Peucker on a closed ring, in degrees. A ring never shrinks below a triangle (first point repeated last),
 * so no kelurahan disappears at a coarse tolerance.
 */
export function simplifyRing(ring: Ring, tolerance: number): Position[] {
  if (ring.length <= 5 || tolerance <= 0) return [...ring];
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  // A closed ring starts and ends on one point: split it at the point farthest from the start first.
  let far = 0;
  let farDistance = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const distance = Math.hypot(ring[i]![0] - ring[0]![0], ring[i]![1] - ring[0]![1]);
    if (distance > farDistance) [far, farDistance] = [i, distance];
  }
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, ring.length - 1],
  ];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let index = -1;
    let max = tolerance;
    for (let i = start + 1; i < end; i++) {
      const distance = distanceToSegment(ring[i]!, ring[start]!, ring[end]!);
      if (distance > max) [index, max] = [i, distance];
    }
    if (index !== -1) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  const kept = ring.filter((_, i) => keep[i] === 1);
  if (kept.length >= 4) return kept;
  // Too few left: keep a quarter-spaced triangle of the original.
  const step = Math.floor((ring.length - 1) / 3);
  return [ring[0]!, ring[step]!, ring[2 * step]!, ring[0]!];
}
