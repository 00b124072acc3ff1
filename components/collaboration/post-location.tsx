import { getTranslations } from "next-intl/server";
import type { Kecamatan } from "@/lib/generated/prisma/enums";

/** "Online" or "Klojen district". */
export async function PostLocation({ kecamatan, isOnline }: { kecamatan: Kecamatan | null; isOnline: boolean }) {
  const t = await getTranslations("Collaboration");
  const tKecamatan = await getTranslations("Kecamatan");
  if (isOnline || !kecamatan) return <>{t("whereOnline")}</>;
  return <>{t("whereKecamatan", { kecamatan: tKecamatan(kecamatan) })}</>;
}
