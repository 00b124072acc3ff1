// The sample cover of a demo listing: a geometric pattern drawn from the listing's slug in its subsector's colour
// (docs/decisions/026). Deterministic, so the same listing looks the same on every render and in every test, and
// plainly a drawn pattern, never a picture that could pass for the business's own.

export type CoverShape =
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string }
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string }
  | { kind: "path"; d: string; fill: string };

export type CoverPattern = {
  motif: (typeof motifs)[number];
  /** Side of the repeating square tile, in the cover's drawing units (840 × 280 on the profile). */
  tile: number;
  background: string;
  shapes: CoverShape[];
};

const motifs = ["dots", "triangles", "diamonds", "waves", "blocks"] as const;

/** FNV-1a: a stable 32-bit number from the slug. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The colour mixed with white: 0 keeps it, 1 is white. */
export function tint(hex: string, amount: number): string {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** Which demo listings get a sample cover: about half, chosen by slug, so the look without one shows too. */
export function hasSampleCover(slug: string): boolean {
  return hashSeed(`cover:${slug}`) % 2 === 0;
}

export function buildCoverPattern(seed: string, colour: string): CoverPattern {
  const random = mulberry32(hashSeed(seed));
  const motif = motifs[Math.floor(random() * motifs.length)] ?? "dots";
  const tile = 48 + Math.floor(random() * 5) * 8;
  // Quiet tints of the colour: a backdrop for the name below it, not a picture competing with it.
  const light = tint(colour, 0.12 + random() * 0.08);
  const pale = tint(colour, 0.28);
  const half = tile / 2;
  const shapes: CoverShape[] = [];
  switch (motif) {
    case "dots":
      shapes.push({ kind: "circle", cx: half, cy: half, r: tile * (0.18 + random() * 0.12), fill: light });
      shapes.push({ kind: "circle", cx: 0, cy: 0, r: tile * 0.08, fill: pale });
      shapes.push({ kind: "circle", cx: tile, cy: tile, r: tile * 0.08, fill: pale });
      break;
    case "triangles":
      shapes.push({ kind: "path", d: `M0 ${tile}L${half} 0L${tile} ${tile}Z`, fill: light });
      shapes.push({ kind: "path", d: `M${half * 0.5} ${tile}L${half} ${half}L${half * 1.5} ${tile}Z`, fill: pale });
      break;
    case "diamonds":
      shapes.push({ kind: "path", d: `M${half} 0L${tile} ${half}L${half} ${tile}L0 ${half}Z`, fill: light });
      shapes.push({ kind: "circle", cx: half, cy: half, r: tile * 0.1, fill: colour });
      break;
    case "waves":
      shapes.push({
        kind: "path",
        d: `M0 ${half}Q${tile / 4} ${half - tile / 3} ${half} ${half}T${tile} ${half}V${tile}H0Z`,
        fill: light,
      });
      shapes.push({ kind: "circle", cx: tile * 0.75, cy: tile * 0.2, r: tile * 0.07, fill: pale });
      break;
    case "blocks":
      shapes.push({ kind: "rect", x: 0, y: 0, width: half, height: half, fill: light });
      shapes.push({ kind: "rect", x: half, y: half, width: half, height: half, fill: pale });
      shapes.push({ kind: "circle", cx: half, cy: half, r: tile * 0.12, fill: colour });
      break;
  }
  return { motif, tile, background: colour, shapes };
}
