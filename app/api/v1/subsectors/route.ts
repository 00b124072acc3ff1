import { listOpenSubsectors } from "@/lib/open-data/queries";
import { answerPreflight, csvBody, invalidParameter, readQuery, serveOpenData } from "@/lib/open-data/respond";
import { formatOnlyQuerySchema } from "@/lib/open-data/schemas";
import { openDataMeta, serializeSubsector, subsectorCsvColumns } from "@/lib/open-data/serialize";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

// Authorization: public and anonymous; reference data.
export async function GET(request: Request) {
  return serveOpenData(request, async () => {
    const parsed = formatOnlyQuerySchema.safeParse(readQuery(request));
    if (!parsed.success) return invalidParameter(parsed.error);
    const siteUrl = getSiteUrl();
    const data = (await listOpenSubsectors()).map((row) => serializeSubsector(row, { siteUrl }));
    if (parsed.data.format === "csv") return csvBody(data, subsectorCsvColumns, "subsektor-ekraf-malang.csv");
    return { kind: "json", body: { data, meta: openDataMeta() } };
  });
}

export function OPTIONS() {
  return answerPreflight();
}
