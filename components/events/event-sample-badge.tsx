import { getTranslations } from "next-intl/server";

/** Marks a made-up demo event, so it is never mistaken for a real one. */
export async function EventSampleBadge() {
  const t = await getTranslations("Events");
  return (
    <span
      title={t("sampleExplanation")}
      className="ml-2 inline-block rounded bg-accent-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-accent-800"
    >
      {t("sampleBadge")}
    </span>
  );
}
