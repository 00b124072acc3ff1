import { todayInJakarta } from "@/lib/dates";
import type { CollaborationKind, Kecamatan } from "@/lib/generated/prisma/enums";
import { isKnownSubsector } from "@/lib/open-data/queries";
import {
  answerPreflight,
  csvBody,
  invalidParameter,
  paginate,
  readQuery,
  serveOpenData,
  unknownValue,
} from "@/lib/open-data/respond";
import { MAX_CSV_ROWS } from "@/lib/open-data/schemas";
import { openDataMeta } from "@/lib/open-data/serialize";
import { getSiteUrl } from "@/lib/seo/site-url";
import { listOpenCollaborationPosts } from "@/lib/collaboration/open-data";
import {
  collaborationCsvColumns,
  collaborationQuerySchema,
  serializeCollaborationPost,
} from "@/lib/collaboration/open-data-schema";
import { ONLINE_LOCATION } from "@/lib/collaboration/schemas";

export const dynamic = "force-dynamic";

// Authorization: public and anonymous; public posts only — never hidden ones, never those of unpublished listings,
// and no author, responses, contacts or staff notes.
export async function GET(request: Request) {
  return serveOpenData(request, async () => {
    const parsed = collaborationQuerySchema.safeParse(readQuery(request));
    if (!parsed.success) return invalidParameter(parsed.error);
    const query = parsed.data;
    if (query.subsektor && !(await isKnownSubsector(query.subsektor))) return unknownValue("subsektor");
    const isCsv = query.format === "csv";
    const page = isCsv ? 1 : query.hal;
    const perPage = isCsv ? MAX_CSV_ROWS : query.per;
    const { rows, total } = await listOpenCollaborationPosts(
      {
        subsector: query.subsektor ?? null,
        kind: query.jenis ? ((query.jenis === "butuh" ? "NEED" : "OFFER") as CollaborationKind) : null,
        location: !query.kecamatan
          ? null
          : query.kecamatan === ONLINE_LOCATION
            ? "ONLINE"
            : (query.kecamatan.toUpperCase() as Kecamatan),
        status: query.status,
      },
      page,
      perPage,
    );
    const context = { siteUrl: getSiteUrl(), today: todayInJakarta() };
    const data = rows.map((row) => serializeCollaborationPost(row, context));
    if (isCsv) return csvBody(data, collaborationCsvColumns, `kolaborasi-ekraf-malang-${context.today}.csv`);
    const { pagination, link } = paginate(request, page, perPage, total);
    return { kind: "json", body: { data, pagination, meta: openDataMeta() }, link };
  });
}

export function OPTIONS() {
  return answerPreflight();
}
