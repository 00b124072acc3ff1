import "server-only";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { listSubsectors } from "@/lib/subsectors/queries";
import { getKelurahanParents } from "@/lib/geo/kelurahan-parents";
import { parseDirectoryFilters } from "./filters";
import { searchDirectory } from "./queries";

type SearchParams = Record<string, string | string[] | undefined>;

/** What every filtered listing page needs: the subsectors for the form, the filters read from the URL, results. */
export async function loadDirectory(
  searchParams: SearchParams,
  options: { fixedKind?: ListingKind; fixedSubsector?: string } = {},
) {
  const subsectors = await listSubsectors();
  const { filters, problems } = parseDirectoryFilters(searchParams, {
    knownSubsectorSlugs: subsectors.map((subsector) => subsector.slug),
    knownKelurahan: getKelurahanParents(),
    ...options,
  });
  const search = await searchDirectory(filters);
  return { subsectors, filters, problems, search };
}
