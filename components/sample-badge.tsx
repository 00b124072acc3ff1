import { getTranslations } from "next-intl/server";

/** `className` replaces the default left margin, e.g. where a flex gap already spaces it from the name. */
export async function SampleBadge({ className = "ml-2" }: { className?: string } = {}) {
  const t = await getTranslations("Sample");
  return (
    <span
      title={t("explanation")}
      className={`${className} inline-block rounded bg-accent-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-accent-800`}
    >
      {t("badge")}
    </span>
  );
}
