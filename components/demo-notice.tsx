import { getTranslations } from "next-intl/server";
import { isProduction } from "@/lib/env";

export async function DemoNotice() {
  if (isProduction()) return null;
  const t = await getTranslations("Layout");
  return (
    <p role="note" className="bg-accent-100 px-4 py-2 text-center text-sm text-accent-800">
      {t("demoNotice")}
    </p>
  );
}
