import { Kecamatan } from "@/lib/generated/prisma/enums";

/** The five kecamatan of Kota Malang in the order every select, filter and table lists them (the Prisma enum's). */
export const kecamatanValues: readonly Kecamatan[] = Object.values(Kecamatan);

export type KecamatanSlug = Lowercase<Kecamatan>;

/** The same five as public query strings and open data write them (`?kecamatan=klojen`). */
export const kecamatanSlugs: readonly KecamatanSlug[] = kecamatanValues.map(
  (kecamatan) => kecamatan.toLowerCase() as KecamatanSlug,
);
