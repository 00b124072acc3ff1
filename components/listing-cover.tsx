import { getTranslations } from "next-intl/server";
import { getSubsectorColour } from "@/lib/subsectors/palette";
import { IMAGE_VARIANT_WIDTHS_FOR_COVERS, imageSrcSet } from "@/lib/uploads/image-variants";
import { buildCoverPattern, type CoverShape } from "@/lib/listings/cover-pattern";
import { apiRoutes } from "@/lib/site/routes";

export type ListingCoverData = {
  /** A public cover upload, else null. */
  coverFileId: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
  /** Generated sample artwork (demo data) instead of an upload. */
  coverIsSample: boolean;
};

type Props = ListingCoverData & {
  slug: string;
  subsectorSlug: string;
  /** The profile's banner is above the fold (loaded first); a card's or directory row's cover is lazy. */
  variant: "banner" | "card" | "row";
  /** Layout classes from the card (its width, corners). */
  className?: string;
};

export function hasListingCover(cover: ListingCoverData): boolean {
  return cover.coverFileId !== null || cover.coverIsSample;
}

// The box has its ratio before the image arrives, so nothing below it moves; the image fills it (cropped).
const boxClass = {
  banner: "aspect-[2/1] sm:aspect-[3/1] lg:aspect-[4/1] rounded-lg",
  card: "aspect-[3/1]",
  // A strip across a phone's row; beside the text from `sm`.
  row: "aspect-[4/1] rounded sm:aspect-[2/1]",
} as const;

// The pattern's drawing area, smaller than the box it fills, so its tiles come out large and calm at any size.
const patternBox = { banner: [840, 280], card: [480, 160], row: [480, 160] } as const;

const sizes = {
  // The main column: max-w-6xl (72rem) less its 1rem padding each side.
  banner: "(min-width: 72rem) 70rem, calc(100vw - 2rem)",
  card: "(min-width: 1024px) 24rem, (min-width: 640px) 50vw, 100vw",
  row: "(min-width: 640px) 11rem, 100vw",
} as const;

function PatternShape({ shape }: { shape: CoverShape }) {
  if (shape.kind === "circle") return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} />;
  if (shape.kind === "path") return <path d={shape.d} fill={shape.fill} />;
  return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={shape.fill} />;
}

/**
 * A listing's cover: an approved upload (responsive WebP copies), or for demo listings a generated pattern in the
 * subsector's colour labelled as sample artwork. Decorative (the name is the heading beside it), so no alt text.
 * Nothing when the listing has neither.
 */
export async function ListingCover({ slug, subsectorSlug, variant, className = "", ...cover }: Props) {
  if (!hasListingCover(cover)) return null;
  const isBanner = variant === "banner";
  const box = `relative block w-full overflow-hidden bg-slate-100 ${boxClass[variant]} ${className}`;
  if (cover.coverFileId)
    return (
      <div className={box}>
        {/* eslint-disable-next-line @next/next/no-img-element -- re-encoded WebP served by /api/files */}
        <img
          src={`${apiRoutes.file(cover.coverFileId)}?w=${isBanner ? 960 : 640}`}
          srcSet={imageSrcSet(cover.coverFileId, cover.coverWidth, IMAGE_VARIANT_WIDTHS_FOR_COVERS)}
          sizes={sizes[variant]}
          alt=""
          width={cover.coverWidth ?? undefined}
          height={cover.coverHeight ?? undefined}
          loading={isBanner ? "eager" : "lazy"}
          fetchPriority={isBanner ? "high" : undefined}
          decoding="async"
          className="absolute inset-0 h-full w-full object-cover"
        />
      </div>
    );
  const t = await getTranslations("Sample");
  const pattern = buildCoverPattern(slug, getSubsectorColour(subsectorSlug));
  const patternId = `sampul-${variant}-${slug}`;
  const [drawWidth, drawHeight] = patternBox[variant];
  return (
    <div className={box} data-sample-cover={pattern.motif}>
      <svg
        viewBox={`0 0 ${drawWidth} ${drawHeight}`}
        width={drawWidth}
        height={drawHeight}
        preserveAspectRatio="xMidYMid slice"
        aria-hidden="true"
        className="absolute inset-0 h-full w-full"
      >
        <defs>
          <pattern id={patternId} width={pattern.tile} height={pattern.tile} patternUnits="userSpaceOnUse">
            <rect width={pattern.tile} height={pattern.tile} fill={pattern.background} />
            {pattern.shapes.map((shape, index) => (
              <PatternShape key={index} shape={shape} />
            ))}
          </pattern>
        </defs>
        <rect width={drawWidth} height={drawHeight} fill={`url(#${patternId})`} />
      </svg>
      {isBanner ? (
        <p className="absolute bottom-2 left-2 rounded bg-white/95 px-2 py-1 text-xs font-semibold text-accent-800">
          {t("coverArtwork")}
        </p>
      ) : null}
    </div>
  );
}
