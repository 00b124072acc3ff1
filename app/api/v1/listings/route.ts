import { todayInJakarta } from "@/lib/dates";
import { parseDirectoryFilters } from "@/lib/directory/filters";
import { getKelurahanParents } from "@/lib/geo/kelurahan-parents";
import { isKnownSubsector, listOpenListings } from "@/lib/open-data/queries";
import {
  answerPreflight,
  csvBody,
  invalidParameter,
  paginate,
  readQuery,
  serveOpenData,
  unknownValue,
} from "@/lib/open-data/respond";
import { listingsQuerySchema, MAX_CSV_ROWS } from "@/lib/open-data/schemas";
import { listingCsvColumns, openDataMeta, serializeListing } from "@/lib/open-data/serialize";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

// Authorization: public and anonymous; published listings and their public fields only (lib/open-data).
export async function GET(request: Request) {
  return serveOpenData(request, async () => {
    const parsed = listingsQuerySchema.safeParse(readQuery(request));
    if (!parsed.success) return invalidParameter(parsed.error);
    const query = parsed.data;
    if (query.subsektor && !(await isKnownSubsector(query.subsektor))) return unknownValue("subsektor");
    // The directory's own reading of its parameters, so the API filters and orders exactly as the site does.
    const { filters, problems } = parseDirectoryFilters(
      {
        q: query.q,
        jenis: query.jenis,
        subsektor: query.subsektor,
        kecamatan: query.kecamatan,
        kelurahan: query.kelurahan,
        bersertifikat: query.bersertifikat,
        urut: query.urut,
      },
      { knownSubsectorSlugs: query.subsektor ? [query.subsektor] : [], knownKelurahan: getKelurahanParents() },
    );
    // The site drops a kelurahan it cannot use and says so on the page; the API refuses it instead.
    if (problems.includes("unknownKelurahan")) return unknownValue("kelurahan");
    if (problems.includes("kelurahanOutsideKecamatan"))
      return {
        kind: "error",
        status: 400,
        error: {
          code: "invalid_parameter",
          parameter: "kelurahan",
          message: `Kelurahan ${query.kelurahan} does not lie in kecamatan "${query.kecamatan}".`,
        },
      };
    const isCsv = query.format === "csv";
    const page = isCsv ? 1 : query.hal;
    const perPage = isCsv ? MAX_CSV_ROWS : query.per;
    const { rows, total } = await listOpenListings(filters, page, perPage);
    const context = { siteUrl: getSiteUrl(), today: todayInJakarta() };
    const data = rows.map((row) => serializeListing(row, context));
    if (isCsv) return csvBody(data, listingCsvColumns, `listing-ekraf-malang-${context.today}.csv`);
    const { pagination, link } = paginate(request, page, perPage, total);
    return { kind: "json", body: { data, pagination, meta: openDataMeta() }, link };
  });
}

export function OPTIONS() {
  return answerPreflight();
}
