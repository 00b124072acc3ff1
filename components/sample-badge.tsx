import { getTranslations } from "next-intl/server";

export async function SampleBadge() {
  const t = await getTranslations("Sample");
  return (
    <span
      title={t("explanation")}
      className="ml-2 inline-block rounded bg-accent-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-accent-800"
    >
      {t("badge")}
    </span>
  );
}
