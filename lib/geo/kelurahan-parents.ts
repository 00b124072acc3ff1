import type { Kecamatan } from "@/lib/generated/prisma/enums";
import { getMalangAreas, type KelurahanArea } from "./malang-areas";

let parents: ReadonlyMap<string, Kecamatan> | undefined;

/** Every kelurahan code of Kota Malang with its kecamatan, for reading the `kelurahan` filter. */
export function getKelurahanParents(): ReadonlyMap<string, Kecamatan> {
  parents ??= new Map(getMalangAreas().kelurahan.map((area) => [area.code, area.kecamatan]));
  return parents;
}

export type KelurahanOption = Pick<KelurahanArea, "code" | "name" | "kecamatan">;

let options: readonly KelurahanOption[] | undefined;

/** The 57 kelurahan for a filter list: by kecamatan, then by name. */
export function listKelurahanOptions(): readonly KelurahanOption[] {
  options ??= getMalangAreas()
    .kelurahan.map(({ code, name, kecamatan }) => ({ code, name, kecamatan }))
    .sort((a, b) => a.kecamatan.localeCompare(b.kecamatan) || a.name.localeCompare(b.name, "id"));
  return options;
}
