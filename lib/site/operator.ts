import { getEnv, isProduction, type Env } from "@/lib/env";

export type SiteOperator = {
  name: string;
  logoPath: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** Demo mode without configuration: the masthead and footer say these are placeholders. */
  isPlaceholder: boolean;
};

/**
 * Whose portal this is, from configuration (PORTAL_OPERATOR_*). In demo mode, missing values become placeholders
 * that say so; in production a portal without a configured operator claims no official status (null).
 */
export function readSiteOperator(env: Env = getEnv(), isProductionMode = isProduction()): SiteOperator | null {
  if (env.PORTAL_OPERATOR_NAME) {
    return {
      name: env.PORTAL_OPERATOR_NAME,
      logoPath: env.PORTAL_OPERATOR_LOGO ?? null,
      email: env.PORTAL_OPERATOR_EMAIL ?? null,
      phone: env.PORTAL_OPERATOR_PHONE ?? null,
      address: env.PORTAL_OPERATOR_ADDRESS ?? null,
      isPlaceholder: false,
    };
  }
  if (isProductionMode) return null;
  return {
    name: "Dinas Kepemudaan, Olahraga dan Pariwisata Kota Malang",
    logoPath: "/operator-logo-placeholder.svg",
    email: "ekraf@contoh.id",
    phone: "(0341) 000000",
    address: "Alamat kantor (contoh), Kota Malang",
    isPlaceholder: true,
  };
}
