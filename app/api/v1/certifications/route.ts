import { todayInJakarta } from "@/lib/dates";
import { listOpenCertifications } from "@/lib/open-data/queries";
import {
  answerPreflight,
  csvBody,
  invalidParameter,
  paginate,
  readQuery,
  serveOpenData,
} from "@/lib/open-data/respond";
import { certificationsQuerySchema, MAX_CSV_ROWS } from "@/lib/open-data/schemas";
import { certificationCsvColumns, openDataMeta, serializeCertification } from "@/lib/open-data/serialize";
import type { OpenCertification } from "@/lib/open-data/schemas";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

// Authorization: public and anonymous; certified and revoked certificates of published listings only.
export async function GET(request: Request) {
  return serveOpenData(request, async () => {
    const parsed = certificationsQuerySchema.safeParse(readQuery(request));
    if (!parsed.success) return invalidParameter(parsed.error);
    const query = parsed.data;
    const isCsv = query.format === "csv";
    const page = isCsv ? 1 : query.hal;
    const perPage = isCsv ? MAX_CSV_ROWS : query.per;
    const { rows, total } = await listOpenCertifications(
      { typeSlug: query.jenis, status: query.status },
      page,
      perPage,
    );
    const context = { siteUrl: getSiteUrl(), today: todayInJakarta() };
    const data = rows
      .map((row) => serializeCertification(row, context))
      .filter((item): item is OpenCertification => item !== null);
    if (isCsv) return csvBody(data, certificationCsvColumns, `sertifikat-ekraf-malang-${context.today}.csv`);
    const { pagination, link } = paginate(request, page, perPage, total);
    return { kind: "json", body: { data, pagination, meta: openDataMeta() }, link };
  });
}

export function OPTIONS() {
  return answerPreflight();
}
