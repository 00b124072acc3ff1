import type { Kecamatan } from "@/lib/generated/prisma/enums";
import { findKelurahanAt, getMalangAreas, type MalangAreas } from "./malang-areas";

type LocatedFields = { latitude?: number; longitude?: number; kecamatan?: Kecamatan };

export type ListingArea = { kelurahanCode: string | null; kecamatan: Kecamatan | null };

export type LocationResult =
  | ({ ok: true } & ListingArea)
  | { ok: false; field: "latitude" | "kecamatan"; error: "outsideMalang" | "kecamatanContradictsPoint" };

/**
 * The kelurahan and kecamatan of a listing's point, derived on the server: a point outside every kelurahan is
 * refused, and so is a chosen kecamatan the point contradicts (never silently kept). Without a point the chosen
 * kecamatan stands alone and there is no kelurahan.
 */
export function locateListing(fields: LocatedFields, areas: MalangAreas = getMalangAreas()): LocationResult {
  if (fields.latitude === undefined || fields.longitude === undefined)
    return { ok: true, kelurahanCode: null, kecamatan: fields.kecamatan ?? null };
  const kelurahan = findKelurahanAt(areas, fields.longitude, fields.latitude);
  if (!kelurahan) return { ok: false, field: "latitude", error: "outsideMalang" };
  if (fields.kecamatan && fields.kecamatan !== kelurahan.kecamatan)
    return { ok: false, field: "kecamatan", error: "kecamatanContradictsPoint" };
  return { ok: true, kelurahanCode: kelurahan.code, kecamatan: kelurahan.kecamatan };
}
