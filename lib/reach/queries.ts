import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma, publicReadPrisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { ActorType, Kecamatan, ListingKind } from "@/lib/generated/prisma/enums";
import type { StatisticsPeriod } from "@/lib/statistics/period";
import type { StatisticsScope } from "@/lib/statistics/queries";
import { actorTypeValues } from "./schemas";

// Reach: how often the city's support reached each published listing in a period. The ledger is the support
// records staff enter plus the participation in published events already recorded (decision 018): one row per
// support, dated by its start (an event's start day in Jakarta). A listing "reached" n times has n ledger rows
// dated in the period. Each query is one round trip.

export const reachDimensions = ["subsector", "kecamatan", "kelurahan", "actorType"] as const;
export type ReachDimension = (typeof reachDimensions)[number];
export const reachBuckets = ["all", "never", "once", "twice", "threePlus", "reached"] as const;
export type ReachBucket = (typeof reachBuckets)[number];

export type ReachCounts = { listings: number; never: number; once: number; twice: number; threePlus: number };
export type ReachProgramme = { key: string; nameIndonesian: string | null; nameEn: string | null; listings: number };
export type ReachRow = ReachCounts & {
  /** Subsector slug, kecamatan, kelurahan code or actor type; "" = not recorded. */
  key: string;
  nameIndonesian: string;
  nameEn: string;
  programmes: ReachProgramme[];
};
export type ReachOverview = {
  period: StatisticsPeriod;
  total: ReachCounts;
  rows: Record<ReachDimension, ReachRow[]>;
};

/** The ledger as SQL: every support record, and every participation in a published event. */
const ledgerSql = Prisma.sql`
  SELECT s."listingId", s."programmeId", s."startsOn" AS "day"
  FROM "SupportRecord" s
  UNION ALL
  SELECT p."listingId", e."programmeId", (e."startsAt" AT TIME ZONE 'Asia/Jakarta')::date AS "day"
  FROM "EventParticipation" p
  JOIN "Event" e ON e."id" = p."eventId"
  WHERE e."status" = 'PUBLISHED'`;

/** Published listings counted, with the values of every dimension. */
const populationSql = (scope: StatisticsScope) => Prisma.sql`
  SELECT l."id", su."slug" AS "subsector", COALESCE(l."kecamatan"::text, '') AS "kecamatan",
    COALESCE(l."kelurahanCode", '') AS "kelurahan", l."actorType"::text AS "actorType"
  FROM "Listing" l
  JOIN "Subsector" su ON su."id" = l."primarySubsectorId"
  WHERE l."status" = 'PUBLISHED' AND ${scope.includeSamples ? Prisma.sql`TRUE` : Prisma.sql`NOT l."isSample"`}`;

const inPeriod = (period: StatisticsPeriod) => Prisma.sql`g."day" BETWEEN ${period.from}::date AND ${period.to}::date`;

const dimensionColumn: Record<ReachDimension, Prisma.Sql> = {
  subsector: Prisma.sql`"subsector"`,
  kecamatan: Prisma.sql`"kecamatan"`,
  kelurahan: Prisma.sql`"kelurahan"`,
  actorType: Prisma.sql`"actorType"`,
};

type CountRow = ReachCounts & { dimension: ReachDimension | "total"; key: string };
type ProgrammeRow = { dimension: ReachDimension; key: string; programmeKey: string; listings: number };

async function computeReach(
  db: typeof prisma,
  scope: StatisticsScope,
  period: StatisticsPeriod,
  options: { withProgrammes: boolean },
): Promise<ReachOverview> {
  const counts = db.$queryRaw<CountRow[]>`
    WITH ledger AS (${ledgerSql}), population AS (${populationSql(scope)}),
    reached AS (
      SELECT p."id", p."subsector", p."kecamatan", p."kelurahan", p."actorType", COUNT(g."listingId")::int AS "times"
      FROM population p LEFT JOIN ledger g ON g."listingId" = p."id" AND ${inPeriod(period)}
      GROUP BY p."id", p."subsector", p."kecamatan", p."kelurahan", p."actorType"
    )
    SELECT
      CASE WHEN GROUPING("subsector") = 0 THEN 'subsector' WHEN GROUPING("kecamatan") = 0 THEN 'kecamatan'
        WHEN GROUPING("kelurahan") = 0 THEN 'kelurahan' WHEN GROUPING("actorType") = 0 THEN 'actorType'
        ELSE 'total' END AS "dimension",
      COALESCE("subsector", "kecamatan", "kelurahan", "actorType", '') AS "key",
      COUNT(*)::int AS "listings",
      (COUNT(*) FILTER (WHERE "times" = 0))::int AS "never",
      (COUNT(*) FILTER (WHERE "times" = 1))::int AS "once",
      (COUNT(*) FILTER (WHERE "times" = 2))::int AS "twice",
      (COUNT(*) FILTER (WHERE "times" >= 3))::int AS "threePlus"
    FROM reached
    GROUP BY GROUPING SETS ((), ("subsector"), ("kecamatan"), ("kelurahan"), ("actorType"))`;
  const programmes = options.withProgrammes
    ? db.$queryRaw<ProgrammeRow[]>`
        WITH ledger AS (${ledgerSql}), population AS (${populationSql(scope)}),
        touched AS (
          SELECT DISTINCT p."id", p."subsector", p."kecamatan", p."kelurahan", p."actorType",
            COALESCE(g."programmeId", '') AS "programmeKey"
          FROM population p JOIN ledger g ON g."listingId" = p."id" AND ${inPeriod(period)}
        )
        SELECT
          CASE WHEN GROUPING("subsector") = 0 THEN 'subsector' WHEN GROUPING("kecamatan") = 0 THEN 'kecamatan'
            WHEN GROUPING("kelurahan") = 0 THEN 'kelurahan' ELSE 'actorType' END AS "dimension",
          COALESCE("subsector", "kecamatan", "kelurahan", "actorType") AS "key",
          "programmeKey", COUNT(*)::int AS "listings"
        FROM touched
        GROUP BY GROUPING SETS (("subsector", "programmeKey"), ("kecamatan", "programmeKey"),
          ("kelurahan", "programmeKey"), ("actorType", "programmeKey"))`
    : Promise.resolve([] as ProgrammeRow[]);
  const [countRows, programmeRows, subsectors, kelurahan, programmeNames] = await Promise.all([
    counts,
    programmes,
    db.subsector.findMany({ select: { slug: true, nameIndonesian: true, nameEn: true, sortOrder: true } }),
    db.kelurahanArea.findMany({ select: { code: true, name: true } }),
    options.withProgrammes
      ? db.programme.findMany({ select: { id: true, nameIndonesian: true, nameEn: true } })
      : Promise.resolve([]),
  ]);
  const subsectorBySlug = new Map(subsectors.map((row) => [row.slug, row]));
  const kelurahanByCode = new Map(kelurahan.map((row) => [row.code, row.name]));
  const programmeById = new Map(programmeNames.map((row) => [row.id, row]));

  const rows: Record<ReachDimension, ReachRow[]> = { subsector: [], kecamatan: [], kelurahan: [], actorType: [] };
  let total: ReachCounts = { listings: 0, never: 0, once: 0, twice: 0, threePlus: 0 };
  for (const { dimension, key, ...count } of countRows) {
    if (dimension === "total") {
      total = count;
      continue;
    }
    const names = labelOf(dimension, key, subsectorBySlug, kelurahanByCode);
    const programmesOfRow = programmeRows
      .filter((row) => row.dimension === dimension && row.key === key)
      .sort((a, b) => b.listings - a.listings)
      .map((row) => ({
        key: row.programmeKey,
        nameIndonesian: programmeById.get(row.programmeKey)?.nameIndonesian ?? null,
        nameEn: programmeById.get(row.programmeKey)?.nameEn ?? null,
        listings: row.listings,
      }));
    rows[dimension].push({ key, ...names, ...count, programmes: programmesOfRow });
  }
  rows.subsector.sort(
    (a, b) => (subsectorBySlug.get(a.key)?.sortOrder ?? 0) - (subsectorBySlug.get(b.key)?.sortOrder ?? 0),
  );
  for (const dimension of ["kecamatan", "kelurahan"] as const)
    rows[dimension].sort((a, b) =>
      a.key === "" ? 1 : b.key === "" ? -1 : a.nameIndonesian.localeCompare(b.nameIndonesian),
    );
  rows.actorType.sort(
    (a, b) => actorTypeValues.indexOf(a.key as ActorType) - actorTypeValues.indexOf(b.key as ActorType),
  );
  return { period, total, rows };
}

function labelOf(
  dimension: ReachDimension,
  key: string,
  subsectors: Map<string, { nameIndonesian: string; nameEn: string }>,
  kelurahan: Map<string, string>,
): { nameIndonesian: string; nameEn: string } {
  if (key === "") return { nameIndonesian: "", nameEn: "" };
  if (dimension === "subsector") return subsectors.get(key) ?? { nameIndonesian: key, nameEn: key };
  if (dimension === "kelurahan") {
    const name = kelurahan.get(key) ?? key;
    return { nameIndonesian: name, nameEn: name };
  }
  if (dimension === "kecamatan") {
    const name = key.charAt(0) + key.slice(1).toLowerCase();
    return { nameIndonesian: name, nameEn: name };
  }
  return { nameIndonesian: key, nameEn: key };
}

/** Staff: reach per subsector, kecamatan, kelurahan and actor type, with the programmes that reached each. */
export async function getReachOverview(
  actor: AuditActor | null,
  scope: StatisticsScope,
  period: StatisticsPeriod,
): Promise<ReachOverview> {
  assertStaff(actor);
  return computeReach(prisma, scope, period, { withProgrammes: true });
}

/** The public summary on /statistik: the same counts, no programme or business named. */
export async function getPublicReachSummary(
  scope: StatisticsScope,
  period: StatisticsPeriod,
): Promise<Omit<ReachOverview, "rows"> & { rows: Record<ReachDimension, Omit<ReachRow, "programmes">[]> }> {
  const overview = await computeReach(publicReadPrisma, scope, period, { withProgrammes: false });
  const strip = (rows: ReachRow[]) =>
    rows.map((row) => ({
      key: row.key,
      nameIndonesian: row.nameIndonesian,
      nameEn: row.nameEn,
      listings: row.listings,
      never: row.never,
      once: row.once,
      twice: row.twice,
      threePlus: row.threePlus,
    }));
  return {
    period: overview.period,
    total: overview.total,
    rows: {
      subsector: strip(overview.rows.subsector),
      kecamatan: strip(overview.rows.kecamatan),
      kelurahan: strip(overview.rows.kelurahan),
      actorType: strip(overview.rows.actorType),
    },
  };
}

// --- Per programme ---------------------------------------------------------------------------------------------

export type ProgrammeReach = {
  /** The programme's id; "" = events outside any programme. */
  key: string;
  slug: string | null;
  nameIndonesian: string | null;
  nameEn: string | null;
  year: number | null;
  organiserName: string | null;
  participants: number;
  /** Participants with no support of any kind dated before their first support in this programme. */
  newParticipants: number;
};

/** Staff: per programme with support in the period, its participants and how many were new to any support. */
export async function getProgrammeReach(
  actor: AuditActor | null,
  scope: StatisticsScope,
  period: StatisticsPeriod,
): Promise<ProgrammeReach[]> {
  assertStaff(actor);
  const rows = await prisma.$queryRaw<{ key: string; participants: number; newParticipants: number }[]>`
    WITH ledger AS (${ledgerSql}), population AS (${populationSql(scope)}),
    firsts AS (
      SELECT g."listingId", COALESCE(g."programmeId", '') AS "key", MIN(g."day") AS "firstDay"
      FROM ledger g JOIN population p ON p."id" = g."listingId"
      WHERE ${inPeriod(period)}
      GROUP BY 1, 2
    )
    SELECT f."key", COUNT(*)::int AS "participants",
      (COUNT(*) FILTER (
        WHERE NOT EXISTS (SELECT 1 FROM ledger earlier WHERE earlier."listingId" = f."listingId" AND earlier."day" < f."firstDay")
      ))::int AS "newParticipants"
    FROM firsts f
    GROUP BY f."key"`;
  const programmes = await prisma.programme.findMany({
    where: { id: { in: rows.map((row) => row.key).filter(Boolean) } },
    select: { id: true, slug: true, nameIndonesian: true, nameEn: true, year: true, organiserName: true },
  });
  const byId = new Map(programmes.map((row) => [row.id, row]));
  return rows
    .map((row) => {
      const programme = byId.get(row.key);
      return {
        key: row.key,
        slug: programme?.slug ?? null,
        nameIndonesian: programme?.nameIndonesian ?? null,
        nameEn: programme?.nameEn ?? null,
        year: programme?.year ?? null,
        organiserName: programme?.organiserName ?? null,
        participants: row.participants,
        newParticipants: row.newParticipants,
      };
    })
    .sort((a, b) => b.participants - a.participants || (a.nameIndonesian ?? "").localeCompare(b.nameIndonesian ?? ""));
}

// --- The listings behind a figure ------------------------------------------------------------------------------

export type ReachListingFilter = {
  period: StatisticsPeriod;
  bucket: ReachBucket;
  dimension?: ReachDimension;
  /** The dimension's value ("" = not recorded). */
  key?: string;
  /** A programme's id ("" = events outside a programme): its participants in the period. */
  programme?: string;
  /** With `programme`: only participants new to any support. */
  isNewOnly?: boolean;
};

export type ReachListing = {
  id: string;
  slug: string;
  kind: ListingKind;
  nameIndonesian: string;
  subsectorNameIndonesian: string;
  subsectorNameEn: string;
  kecamatan: Kecamatan | null;
  actorType: ActorType;
  times: number;
};

export const REACH_LISTING_LIMIT = 500;

function listingFilterSql(filter: ReachListingFilter) {
  const conditions: Prisma.Sql[] = [];
  if (filter.dimension && filter.key !== undefined)
    conditions.push(Prisma.sql`r.${dimensionColumn[filter.dimension]} = ${filter.key}`);
  const bucket: Record<ReachBucket, Prisma.Sql> = {
    all: Prisma.sql`TRUE`,
    never: Prisma.sql`r."times" = 0`,
    once: Prisma.sql`r."times" = 1`,
    twice: Prisma.sql`r."times" = 2`,
    threePlus: Prisma.sql`r."times" >= 3`,
    reached: Prisma.sql`r."times" >= 1`,
  };
  conditions.push(bucket[filter.bucket]);
  if (filter.programme !== undefined) {
    const programmeMatch = Prisma.sql`COALESCE(g."programmeId", '') = ${filter.programme}`;
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM ledger g WHERE g."listingId" = r."id" AND ${inPeriod(filter.period)} AND ${programmeMatch}
      ${
        filter.isNewOnly
          ? Prisma.sql`AND NOT EXISTS (
              SELECT 1 FROM ledger earlier WHERE earlier."listingId" = r."id" AND earlier."day" < (
                SELECT MIN(first."day") FROM ledger first
                WHERE first."listingId" = r."id" AND COALESCE(first."programmeId", '') = ${filter.programme}
                  AND first."day" BETWEEN ${filter.period.from}::date AND ${filter.period.to}::date))`
          : Prisma.empty
      })`);
  }
  return Prisma.join(conditions, " AND ");
}

/** Staff: the listings behind one figure of the reach views (at most REACH_LISTING_LIMIT, by name). */
export async function listReachListings(
  actor: AuditActor | null,
  scope: StatisticsScope,
  filter: ReachListingFilter,
): Promise<{ listings: ReachListing[]; total: number }> {
  assertStaff(actor);
  const rows = await prisma.$queryRaw<(ReachListing & { total: number })[]>`
    WITH ledger AS (${ledgerSql}), population AS (${populationSql(scope)}),
    reached AS (
      SELECT p.*, COUNT(g."listingId")::int AS "times"
      FROM population p LEFT JOIN ledger g ON g."listingId" = p."id" AND ${inPeriod(filter.period)}
      GROUP BY p."id", p."subsector", p."kecamatan", p."kelurahan", p."actorType"
    )
    SELECT l."id", l."slug", l."kind", l."nameId" AS "nameIndonesian", su."nameId" AS "subsectorNameIndonesian", su."nameEn" AS "subsectorNameEn",
      l."kecamatan", l."actorType", r."times", (COUNT(*) OVER ())::int AS "total"
    FROM reached r
    JOIN "Listing" l ON l."id" = r."id"
    JOIN "Subsector" su ON su."id" = l."primarySubsectorId"
    WHERE ${listingFilterSql(filter)}
    ORDER BY l."nameId", l."id"
    LIMIT ${REACH_LISTING_LIMIT}`;
  const total = rows[0]?.total ?? 0;
  for (const row of rows) delete (row as Partial<typeof row>).total;
  return { listings: rows, total };
}

export type InviteContact = {
  listingNameIndonesian: string;
  listingSlug: string;
  kind: ListingKind;
  subsectorSlug: string;
  kecamatan: string;
  contactName: string;
  contactEmail: string;
};

/**
 * Staff: people to invite next — managers of listings never reached in the period (optionally within one
 * dimension value) who agreed to be contacted about programmes. Listings without such a manager are counted,
 * not listed: nobody gets a mailing they did not agree to.
 */
export async function listNeverReachedContacts(
  actor: AuditActor | null,
  scope: StatisticsScope,
  filter: Omit<ReachListingFilter, "bucket" | "programme" | "isNewOnly">,
): Promise<{ contacts: InviteContact[]; neverReached: number; withoutConsent: number }> {
  assertStaff(actor);
  const where = listingFilterSql({ ...filter, bucket: "never" });
  const [contacts, counts] = await Promise.all([
    prisma.$queryRaw<InviteContact[]>`
      WITH ledger AS (${ledgerSql}), population AS (${populationSql(scope)}),
      reached AS (
        SELECT p.*, COUNT(g."listingId")::int AS "times"
        FROM population p LEFT JOIN ledger g ON g."listingId" = p."id" AND ${inPeriod(filter.period)}
        GROUP BY p."id", p."subsector", p."kecamatan", p."kelurahan", p."actorType"
      )
      SELECT l."nameId" AS "listingNameIndonesian", l."slug" AS "listingSlug", l."kind", r."subsector" AS "subsectorSlug",
        r."kecamatan", u."name" AS "contactName", u."email" AS "contactEmail"
      FROM reached r
      JOIN "Listing" l ON l."id" = r."id"
      JOIN "ListingManager" m ON m."listingId" = r."id"
      JOIN "User" u ON u."id" = m."userId" AND u."mayContactAboutProgrammes" AND NOT u."isDisabled"
      WHERE ${where}
      ORDER BY l."nameId", l."id", u."email"`,
    prisma.$queryRaw<{ neverReached: number; withoutConsent: number }[]>`
      WITH ledger AS (${ledgerSql}), population AS (${populationSql(scope)}),
      reached AS (
        SELECT p.*, COUNT(g."listingId")::int AS "times"
        FROM population p LEFT JOIN ledger g ON g."listingId" = p."id" AND ${inPeriod(filter.period)}
        GROUP BY p."id", p."subsector", p."kecamatan", p."kelurahan", p."actorType"
      )
      SELECT COUNT(*)::int AS "neverReached",
        (COUNT(*) FILTER (WHERE NOT EXISTS (
          SELECT 1 FROM "ListingManager" m JOIN "User" u ON u."id" = m."userId"
          WHERE m."listingId" = r."id" AND u."mayContactAboutProgrammes" AND NOT u."isDisabled")))::int AS "withoutConsent"
      FROM reached r
      WHERE ${where}`,
  ]);
  return { contacts, neverReached: counts[0]?.neverReached ?? 0, withoutConsent: counts[0]?.withoutConsent ?? 0 };
}

/** Staff: programmes to choose from in the support form, newest first. */
export async function listProgrammeChoices(actor: AuditActor | null) {
  assertStaff(actor);
  return prisma.programme.findMany({
    orderBy: [{ year: "desc" }, { nameIndonesian: "asc" }],
    select: { slug: true, nameIndonesian: true, nameEn: true, year: true, organiserName: true, isActive: true },
  });
}

/** Staff: the names a drill-down's filter refers to (a subsector slug, a kelurahan code, a programme id). */
export async function getReachFilterNames(
  actor: AuditActor | null,
  filter: { dimension?: ReachDimension; key?: string; programme?: string },
) {
  assertStaff(actor);
  const [subsector, kelurahan, programme] = await Promise.all([
    filter.dimension === "subsector" && filter.key
      ? prisma.subsector.findUnique({ where: { slug: filter.key }, select: { nameIndonesian: true, nameEn: true } })
      : null,
    filter.dimension === "kelurahan" && filter.key
      ? prisma.kelurahanArea.findUnique({ where: { code: filter.key }, select: { name: true } })
      : null,
    filter.programme
      ? prisma.programme.findUnique({ where: { id: filter.programme }, select: { nameIndonesian: true, nameEn: true } })
      : null,
  ]);
  return { subsector, kelurahan, programme };
}

/** Staff: a listing's penta-helix role and who last confirmed each group of its fields. */
export async function getListingReachPanel(actor: AuditActor | null, listingId: string) {
  assertStaff(actor);
  return prisma.listing.findUnique({
    where: { id: listingId },
    select: {
      actorType: true,
      fieldChecks: {
        select: { group: true, checkedAt: true, isStaffCheck: true, checkedBy: { select: { name: true } } },
      },
    },
  });
}
