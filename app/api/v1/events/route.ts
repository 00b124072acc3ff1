import { todayInJakarta } from "@/lib/dates";
import { eventTypeSlugs } from "@/lib/events/filters";
import type { EventType } from "@/lib/generated/prisma/enums";
import { isKnownProgramme, isKnownSubsector, listOpenEvents } from "@/lib/open-data/queries";
import {
  answerPreflight,
  csvBody,
  invalidParameter,
  paginate,
  readQuery,
  serveOpenData,
  unknownValue,
} from "@/lib/open-data/respond";
import { eventsQuerySchema, MAX_CSV_ROWS } from "@/lib/open-data/schemas";
import { eventCsvColumns, openDataMeta, serializeEvent } from "@/lib/open-data/serialize";
import { getSiteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

const typesByWord = new Map(Object.entries(eventTypeSlugs).map(([type, word]) => [word, type as EventType]));

// Authorization: public and anonymous; published events only (no proposals, rejections or cancellations).
export async function GET(request: Request) {
  return serveOpenData(request, async () => {
    const parsed = eventsQuerySchema.safeParse(readQuery(request));
    if (!parsed.success) return invalidParameter(parsed.error);
    const query = parsed.data;
    const [isSubsectorKnown, isProgrammeKnown] = await Promise.all([
      query.subsektor ? isKnownSubsector(query.subsektor) : true,
      query.program ? isKnownProgramme(query.program) : true,
    ]);
    if (!isSubsectorKnown) return unknownValue("subsektor");
    if (!isProgrammeKnown) return unknownValue("program");
    const isCsv = query.format === "csv";
    const page = isCsv ? 1 : query.hal;
    const perPage = isCsv ? MAX_CSV_ROWS : query.per;
    const { rows, total } = await listOpenEvents(
      {
        timeframe: query.waktu,
        type: query.jenis ? typesByWord.get(query.jenis) : undefined,
        subsectorSlug: query.subsektor,
        programmeSlug: query.program,
      },
      page,
      perPage,
    );
    const siteUrl = getSiteUrl();
    const data = rows.map((row) => serializeEvent(row, { siteUrl }));
    if (isCsv) return csvBody(data, eventCsvColumns, `acara-ekraf-malang-${todayInJakarta()}.csv`);
    const { pagination, link } = paginate(request, page, perPage, total);
    return { kind: "json", body: { data, pagination, meta: openDataMeta() }, link };
  });
}

export function OPTIONS() {
  return answerPreflight();
}
