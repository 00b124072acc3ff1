/**
 * One colour per official subsector, used wherever a subsector is shown as colour (monograms, chips). Each is dark
 * enough for white text at WCAG AA (4.5:1, checked in palette.test.ts) and the set is told apart by hue.
 */
const subsectorColours: Record<string, string> = {
  arsitektur: "#9a3412",
  "desain-interior": "#86198f",
  "desain-komunikasi-visual": "#be185d",
  "desain-produk": "#0e7490",
  "film-animasi-video": "#6d28d9",
  fotografi: "#334155",
  kriya: "#854d0e",
  kuliner: "#b91c1c",
  musik: "#4338ca",
  fesyen: "#9d174d",
  aplikasi: "#1d4ed8",
  "pengembangan-gim": "#15803d",
  penerbitan: "#115e59",
  periklanan: "#c2410c",
  "televisi-radio": "#0369a1",
  "seni-pertunjukan": "#7e22ce",
  "seni-rupa": "#047857",
};

// A subsector staff add later has no colour of its own yet: the portal's brand green.
const FALLBACK_COLOUR = "#0b4737";

export function getSubsectorColour(slug: string): string {
  return subsectorColours[slug] ?? FALLBACK_COLOUR;
}

export const knownSubsectorColours: Readonly<Record<string, string>> = subsectorColours;
