import { knownSubsectorColours } from "@/lib/subsectors/palette";

/**
 * The home page's decorative art: the 17 subsector colours as a mosaic of tiles and circles, drawn (not a photo),
 * deterministic, and hidden from screen readers.
 */
export function HomeMosaic({ className }: { className?: string }) {
  const colours = Object.values(knownSubsectorColours);
  const columns = 5;
  return (
    <svg
      viewBox="0 0 330 300"
      preserveAspectRatio="xMaxYMid slice"
      className={className}
      aria-hidden="true"
      focusable="false"
    >
      {colours.map((colour, index) => {
        const x = (index % columns) * 60 + (Math.floor(index / columns) % 2) * 30;
        const y = Math.floor(index / columns) * 60 + 10;
        return index % 3 === 1 ? (
          <circle key={colour} cx={x + 26} cy={y + 26} r={24} fill={colour} />
        ) : (
          <rect key={colour} x={x + 2} y={y + 2} width={48} height={48} rx={index % 3 === 0 ? 12 : 4} fill={colour} />
        );
      })}
    </svg>
  );
}
