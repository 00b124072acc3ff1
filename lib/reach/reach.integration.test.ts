import { beforeAll, describe, expect, it } from "vitest";
import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createListing, createProgramme, createSubsector, createUser } from "@/tests/support/factories";
import { createMonevEvent, recordMonevParticipants } from "@/tests/support/monev-factories";
import {
  getProgrammeReach,
  getPublicReachSummary,
  getReachOverview,
  listNeverReachedContacts,
  listReachListings,
} from "./queries";
import { applySupportImport, planSupportImport, recordSupport } from "./record-support";
import { supportFileToCsvText } from "./support-file";
import { collectInviteRows, inviteColumns } from "./invite-export";
import { readXlsxRows } from "@/lib/spreadsheets/read-rows";
import { writeXlsx } from "@/lib/spreadsheets/write-xlsx";

// A fixed scenario in its own subsector (other test files add listings to the same database meanwhile, so every
// count is read for this subsector or these programmes only):
//   A never reached · B once · C three times (an event and two records) · D twice in the period, once before
//   E reached only before the period · a draft and a sample listing with support, never counted.
const PERIOD = { from: "2026-01-01", to: "2026-06-30" };
const EARLIER = { from: "2025-01-01", to: "2025-12-31" };
const scope = { includeSamples: false };

let staff: { id: string; role: "STAFF" };
let owner: { id: string; role: "OWNER" };
let subsector: { id: string; slug: string };
let p1: { id: string; slug: string };
let p2: { id: string; slug: string };
let listings: Record<
  "a" | "b" | "c" | "d" | "e" | "draft" | "sample",
  { id: string; slug: string; nameIndonesian: string }
>;
let consenting: { id: string; email: string };

const record = async (listingId: string, programmeId: string, startsOn: string) =>
  prisma.supportRecord.create({
    data: { listingId, programmeId, kind: "MENTORING", organiserName: "Disporapar", startsOn: new Date(startsOn) },
  });

beforeAll(async () => {
  staff = { id: (await createUser({ role: "STAFF" })).id, role: "STAFF" };
  owner = { id: (await createUser()).id, role: "OWNER" };
  subsector = await createSubsector();
  p1 = await createProgramme({ nameIndonesian: "Bimtek Jangkauan Uji" });
  p2 = await createProgramme({ nameIndonesian: "Pendampingan Jangkauan Uji" });
  consenting = await createUser({ mayContactAboutProgrammes: true });
  const declining = await createUser();
  const make = (name: string, extra: object = {}) =>
    createListing({ primarySubsectorId: subsector.id, nameIndonesian: name, isSample: false, ...extra });
  listings = {
    a: await make("Jangkauan A", {
      managers: { create: [{ userId: consenting.id }, { userId: declining.id }] },
    }),
    b: await make("Jangkauan B", { kecamatan: "KLOJEN" }),
    c: await make("Jangkauan C", { kind: "CAMPUS", actorType: "ACADEMIA" }),
    d: await make("Jangkauan D"),
    e: await make("Jangkauan E", { managers: { create: [{ userId: declining.id }] } }),
    draft: await make("Jangkauan Draf", { status: "DRAFT" }),
    sample: await make("Jangkauan Contoh", { isSample: true }),
  };
  await record(listings.b.id, p1.id, "2026-02-01");
  const training = await createMonevEvent("2026-03-10T02:00:00Z", { programmeId: p1.id });
  await recordMonevParticipants(training.id, [listings.c.id]);
  await record(listings.c.id, p2.id, "2026-04-01");
  await record(listings.c.id, p2.id, "2026-05-01");
  await record(listings.d.id, p2.id, "2025-11-01");
  await record(listings.d.id, p2.id, "2026-02-15");
  await record(listings.d.id, p1.id, "2026-03-01");
  await record(listings.e.id, p1.id, "2025-10-01");
  await record(listings.draft.id, p1.id, "2026-02-01");
  await record(listings.sample.id, p1.id, "2026-02-01");
});

const names = (rows: { nameIndonesian: string }[]) => rows.map((row) => row.nameIndonesian).sort();

describe("reach overview", () => {
  it("counts never, once, twice and three-plus per subsector for the period", async () => {
    const overview = await getReachOverview(staff, scope, PERIOD);
    const row = overview.rows.subsector.find((item) => item.key === subsector.slug);
    expect(row).toMatchObject({ listings: 5, never: 2, once: 1, twice: 1, threePlus: 1 });
    expect(row?.programmes.map((programme) => [programme.key, programme.listings])).toEqual([
      [p1.id, 3],
      [p2.id, 2],
    ]);
    expect(overview.total.listings).toBeGreaterThanOrEqual(5);
  });

  it("lists exactly the never-reached and the reached-3+ listings behind the figures", async () => {
    const filter = { period: PERIOD, dimension: "subsector", key: subsector.slug } as const;
    const never = await listReachListings(staff, scope, { ...filter, bucket: "never" });
    expect(names(never.listings)).toEqual(["Jangkauan A", "Jangkauan E"]);
    expect(never.total).toBe(2);
    const threePlus = await listReachListings(staff, scope, { ...filter, bucket: "threePlus" });
    expect(threePlus.listings.map((row) => [row.nameIndonesian, row.times])).toEqual([["Jangkauan C", 3]]);
  });

  it("follows the period: the earlier year reached D and E once", async () => {
    const filter = { period: EARLIER, dimension: "subsector", key: subsector.slug } as const;
    const once = await listReachListings(staff, scope, { ...filter, bucket: "once" });
    expect(names(once.listings)).toEqual(["Jangkauan D", "Jangkauan E"]);
    const never = await listReachListings(staff, scope, { ...filter, bucket: "never" });
    expect(names(never.listings)).toEqual(["Jangkauan A", "Jangkauan B", "Jangkauan C"]);
  });

  it("counts per actor type within the subsector's listings", async () => {
    const academia = await listReachListings(staff, scope, {
      period: PERIOD,
      bucket: "all",
      dimension: "actorType",
      key: "ACADEMIA",
    });
    expect(academia.listings.map((row) => row.nameIndonesian)).toContain("Jangkauan C");
    expect(academia.listings.map((row) => row.nameIndonesian)).not.toContain("Jangkauan B");
  });
});

describe("programme reach", () => {
  it("counts participants new to any support", async () => {
    const reach = await getProgrammeReach(staff, scope, PERIOD);
    expect(reach.find((row) => row.key === p1.id)).toMatchObject({ participants: 3, newParticipants: 2 });
    expect(reach.find((row) => row.key === p2.id)).toMatchObject({ participants: 2, newParticipants: 0 });
    const newOnes = await listReachListings(staff, scope, {
      period: PERIOD,
      bucket: "all",
      programme: p1.id,
      isNewOnly: true,
    });
    expect(names(newOnes.listings)).toEqual(["Jangkauan B", "Jangkauan C"]);
  });
});

describe("never-reached contacts", () => {
  it("lists only managers who agreed to be contacted, and counts the listings left out", async () => {
    const result = await listNeverReachedContacts(staff, scope, {
      period: PERIOD,
      dimension: "subsector",
      key: subsector.slug,
    });
    expect(result.contacts.map((row) => [row.listingNameIndonesian, row.contactEmail])).toEqual([
      ["Jangkauan A", consenting.email],
    ]);
    expect(result).toMatchObject({ neverReached: 2, withoutConsent: 1 });
  });

  it("downloads the same rows as CSV and as XLSX", async () => {
    const query = new URLSearchParams({
      dari: PERIOD.from,
      sampai: PERIOD.to,
      dimensi: "subsector",
      nilai: subsector.slug,
    });
    const { rows, fileStem } = await collectInviteRows(staff, query);
    expect(fileStem).toBe(`belum-dijangkau-${PERIOD.from}-${PERIOD.to}`);
    expect(rows[0]).toEqual([...inviteColumns]);
    expect(rows.slice(1).map((row) => [row[0], row[6]])).toEqual([["Jangkauan A", consenting.email]]);
    const workbook = await readXlsxRows(new Uint8Array(await writeXlsx([{ name: "Undangan", rows }])));
    expect(workbook).toEqual({ ok: true, rows });
  });
});

describe("public summary", () => {
  it("has the same counts and names no programme", async () => {
    const summary = await getPublicReachSummary(scope, PERIOD);
    const row = summary.rows.subsector.find((item) => item.key === subsector.slug);
    expect(row).toEqual(expect.objectContaining({ listings: 5, never: 2, once: 1, twice: 1, threePlus: 1 }));
    expect(JSON.stringify(summary)).not.toContain("Jangkauan Uji");
    expect(JSON.stringify(summary)).not.toContain("Jangkauan A");
  });
});

describe("recording support", () => {
  const form = (overrides: Record<string, string> = {}) => ({
    listing: listings.a.slug,
    programme: p2.slug,
    kind: "INCUBATION",
    organiser: "Malang Creative Center",
    startsOn: "2026-06-01",
    endsOn: "",
    outcome: "Lulus inkubasi",
    personEmail: "",
    ...overrides,
  });

  it("refuses bad dates and unknown programmes field by field and writes nothing", async () => {
    const before = await prisma.supportRecord.count({ where: { listingId: listings.a.id } });
    const badDate = await recordSupport(staff, form({ startsOn: "2026-02-30", endsOn: "kemarin" }));
    expect(badDate).toEqual({ ok: false, fieldErrors: { startsOn: ["dateInvalid"], endsOn: ["dateInvalid"] } });
    const unknown = await recordSupport(staff, form({ programme: "tidak-ada", personEmail: "siapa@contoh.id" }));
    expect(unknown).toEqual({
      ok: false,
      fieldErrors: { programme: ["programmeUnknown"], personEmail: ["personUnknown"] },
    });
    const backwards = await recordSupport(staff, form({ endsOn: "2026-05-01" }));
    expect(backwards).toEqual({ ok: false, fieldErrors: { endsOn: ["endsBeforeStart"] } });
    expect(await prisma.supportRecord.count({ where: { listingId: listings.a.id } })).toBe(before);
  });

  it("records and audits a valid support; the owner role is refused", async () => {
    await expect(recordSupport(owner, form())).rejects.toThrow(ForbiddenError);
    const result = await recordSupport(staff, form({ listing: listings.draft.slug }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const audit = await prisma.auditLog.findFirst({ where: { entityId: result.supportRecordId } });
    expect(audit).toMatchObject({ action: "support.record", actorId: staff.id });
  });
});

describe("import", () => {
  const header = "listing,programme,kind,organiser,starts_on,ends_on,outcome,person_email";

  it("dry run reports bad rows per field and writes nothing; the confirm step refuses them", async () => {
    const text = [
      header,
      `${listings.b.slug},${p2.slug},TRAINING,Diskopindag,2026-06-10,,,`,
      `${listings.b.slug},${p2.slug},TRAINING,Diskopindag,10/06/2026,,,`,
      `${listings.b.slug},program-tidak-ada,TRAINING,Diskopindag,2026-06-10,,,`,
      `usaha-tidak-ada,${p2.slug},HIBAH,Diskopindag,2026-06-10,,,`,
    ].join("\n");
    const before = await prisma.supportRecord.count();
    const plan = await planSupportImport(staff, text);
    expect(plan.ok && plan.rows.map((row) => [row.rowNumber, row.fieldErrors])).toEqual([
      [2, {}],
      [3, { startsOn: ["dateInvalid"] }],
      [4, { programme: ["programmeUnknown"] }],
      [5, { kind: ["kindInvalid"] }],
    ]);
    expect(plan.ok && plan.invalid).toBe(3);
    const applied = await applySupportImport(staff, text, plan.ok ? plan.digest : "");
    expect(applied).toMatchObject({ ok: false, error: "fileInvalid" });
    expect(await prisma.supportRecord.count()).toBe(before);
  });

  it("reports an unknown listing once the row is otherwise valid", async () => {
    const plan = await planSupportImport(
      staff,
      [header, `usaha-tidak-ada,${p2.slug},TRAINING,X,2026-06-10,,,`].join("\n"),
    );
    expect(plan.ok && plan.rows[0]?.fieldErrors).toEqual({ listing: ["listingUnknown"] });
  });

  it("imports an XLSX file the same way, all rows at once, after the dry run", async () => {
    const sheet: SheetData = [
      header.split(",").map((value) => ({ value })),
      [
        { value: listings.e.slug },
        { value: p2.slug },
        { value: "FUNDING" },
        { value: "Diskopindag" },
        { value: new Date(Date.UTC(2026, 5, 20)), type: Date, format: "yyyy-mm-dd" },
        null,
        { value: "Hibah" },
        null,
      ],
    ];
    const workbook = await writeXlsxFile(sheet).toBuffer();
    const read = await supportFileToCsvText("jangkauan.xlsx", new Uint8Array(workbook));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const plan = await planSupportImport(staff, read.text);
    expect(plan).toMatchObject({ ok: true, valid: 1, invalid: 0 });
    expect(await applySupportImport(staff, read.text, "not-the-digest")).toMatchObject({ error: "planChanged" });
    const applied = await applySupportImport(staff, read.text, plan.ok ? plan.digest : "");
    expect(applied).toEqual({ ok: true, created: 1 });
    const stored = await prisma.supportRecord.findFirst({
      where: { listingId: listings.e.id, kind: "FUNDING" },
      select: { startsOn: true, organiserName: true, outcome: true },
    });
    expect(stored).toEqual({
      startsOn: new Date("2026-06-20T00:00:00Z"),
      organiserName: "Diskopindag",
      outcome: "Hibah",
    });
  });

  it("is for staff only", async () => {
    await expect(planSupportImport(owner, header)).rejects.toThrow(ForbiddenError);
    await expect(getReachOverview(owner, scope, PERIOD)).rejects.toThrow(ForbiddenError);
    await expect(listNeverReachedContacts(null, scope, { period: PERIOD })).rejects.toThrow(ForbiddenError);
  });
});

describe("penta-helix role", () => {
  it("defaults from the kind when a listing is created, unless the insert names one", async () => {
    const campus = await createListing({ primarySubsectorId: subsector.id, kind: "CAMPUS", status: "DRAFT" });
    const community = await createListing({ primarySubsectorId: subsector.id, kind: "COMMUNITY", status: "DRAFT" });
    const media = await createListing({
      primarySubsectorId: subsector.id,
      kind: "COMMUNITY",
      actorType: "MEDIA",
      status: "DRAFT",
    });
    const studio = await createListing({ primarySubsectorId: subsector.id, kind: "STARTUP_STUDIO", status: "DRAFT" });
    const roles = await prisma.listing.findMany({
      where: { id: { in: [campus.id, community.id, media.id, studio.id] } },
      select: { id: true, actorType: true },
    });
    const roleOf = (id: string) => roles.find((row) => row.id === id)?.actorType;
    expect([roleOf(campus.id), roleOf(community.id), roleOf(media.id), roleOf(studio.id)]).toEqual([
      "ACADEMIA",
      "COMMUNITY",
      "MEDIA",
      "BUSINESS",
    ]);
  });
});
