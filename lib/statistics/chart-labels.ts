import "server-only";
import { getTranslations } from "next-intl/server";
import type { ChartLabels } from "./charts";

/** The translated names charts need, for pages and for the CSV route (which has no page locale). */
export async function getChartLabels(locale: string): Promise<ChartLabels> {
  const [t, tKind, tKecamatan, tValidity] = await Promise.all([
    getTranslations({ locale, namespace: "Statistics" }),
    getTranslations({ locale, namespace: "Kind" }),
    getTranslations({ locale, namespace: "Kecamatan" }),
    getTranslations({ locale, namespace: "Certification" }),
  ]);
  return {
    t: (key, values) => t(key, values),
    kind: (kind) => tKind(kind),
    kecamatan: (kecamatan) => tKecamatan(kecamatan),
    validity: (validity) => tValidity(validity),
    locale,
  };
}
