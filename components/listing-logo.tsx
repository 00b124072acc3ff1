import { getSubsectorColour } from "@/lib/subsectors/palette";
import { apiRoutes } from "@/lib/site/routes";

type ListingLogoProps = {
  name: string;
  subsectorSlug: string;
  /** A public logo upload; without one, a monogram in the subsector's colour stands in. */
  logoFileId: string | null;
  size: 48 | 80;
  /** Alternative text for an uploaded logo; a monogram repeats the name beside it and is hidden from readers. */
  logoAlt: string;
};

/** Up to two letters: the first of the name's first two words ("Sari Apel Tlogomas" → "SA"). */
export function getMonogramLetters(name: string): string {
  const words = name
    .normalize("NFKC")
    .split(/[\s\-–—/&.,:]+/u)
    .filter((word) => /\p{L}|\p{N}/u.test(word));
  const letters = words.slice(0, 2).map((word) => [...word.replace(/^[^\p{L}\p{N}]+/u, "")][0] ?? "");
  return letters.join("").toLocaleUpperCase("id-ID") || "?";
}

/**
 * A listing's logo, or where it has none a generated monogram (initials on the subsector's colour): a drawn mark,
 * never a picture that could pass for the business's own.
 */
export function ListingLogo({ name, subsectorSlug, logoFileId, size, logoAlt }: ListingLogoProps) {
  const box = size === 80 ? "h-20 w-20" : "h-12 w-12";
  if (logoFileId)
    return (
      // eslint-disable-next-line @next/next/no-img-element -- uploads are already re-encoded WebP of bounded size
      <img
        src={`${apiRoutes.file(logoFileId)}?w=${size}`}
        srcSet={`/api/files/${logoFileId}?w=${size} 1x, /api/files/${logoFileId}?w=${size * 2} 2x`}
        alt={logoAlt}
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
        className={`${box} shrink-0 rounded border border-slate-200 bg-white object-contain`}
      />
    );
  const letters = getMonogramLetters(name);
  return (
    <svg
      viewBox="0 0 48 48"
      width={size}
      height={size}
      aria-hidden="true"
      className={`${box} shrink-0 rounded`}
      data-monogram={letters}
    >
      <rect width="48" height="48" rx="6" fill={getSubsectorColour(subsectorSlug)} />
      <text
        x="24"
        y="25"
        textAnchor="middle"
        dominantBaseline="middle"
        fill="#ffffff"
        fontSize={letters.length > 1 ? 19 : 24}
        fontWeight="700"
        fontFamily="inherit"
      >
        {letters}
      </text>
    </svg>
  );
}
