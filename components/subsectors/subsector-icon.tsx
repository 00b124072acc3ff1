import {
  BookOpen,
  Building2,
  Camera,
  Clapperboard,
  Drama,
  Gamepad2,
  Megaphone,
  Music,
  Package,
  Palette,
  PenTool,
  Radio,
  Scissors,
  Shirt,
  Smartphone,
  Sofa,
  Sparkles,
  UtensilsCrossed,
  type LucideIcon,
} from "lucide-react";
import { getSubsectorColour } from "@/lib/subsectors/palette";

// Lucide icons (ISC licence), drawn on the server into the page: no icon font, no client script.
const icons: Record<string, LucideIcon> = {
  arsitektur: Building2,
  "desain-interior": Sofa,
  "desain-komunikasi-visual": PenTool,
  "desain-produk": Package,
  "film-animasi-video": Clapperboard,
  fotografi: Camera,
  kriya: Scissors,
  kuliner: UtensilsCrossed,
  musik: Music,
  fesyen: Shirt,
  aplikasi: Smartphone,
  "pengembangan-gim": Gamepad2,
  penerbitan: BookOpen,
  periklanan: Megaphone,
  "televisi-radio": Radio,
  "seni-pertunjukan": Drama,
  "seni-rupa": Palette,
};

/** A subsector's icon, white on the subsector's colour; decorative (the subsector's name is always beside it). */
export function SubsectorIcon({ slug, size = 44 }: { slug: string; size?: 36 | 44 }) {
  const Icon = icons[slug] ?? Sparkles;
  return (
    <span
      aria-hidden="true"
      className="inline-flex shrink-0 items-center justify-center rounded-lg text-white"
      style={{ backgroundColor: getSubsectorColour(slug), width: size, height: size }}
      data-subsector-icon={slug}
    >
      <Icon size={Math.round(size * 0.55)} strokeWidth={2} aria-hidden="true" focusable="false" />
    </span>
  );
}
