import { getTranslations } from "next-intl/server";
import type { ListingKind } from "@/lib/generated/prisma/enums";

/** Shown at the top of a sample profile, so made-up data is never mistaken for a real entity. */
export async function SampleBanner({ kind }: { kind: ListingKind }) {
  const t = await getTranslations("Profile");
  const tSample = await getTranslations("Sample");
  return (
    <p role="note" className="rounded border-2 border-accent-800 bg-accent-100 px-4 py-3 text-accent-800">
      <strong className="font-bold uppercase tracking-wide">{tSample("badge")}</strong> — {t("sampleBanner", { kind })}
    </p>
  );
}
