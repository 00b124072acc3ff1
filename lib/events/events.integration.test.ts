import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { getPublishedListingProfile } from "@/lib/listings/queries";
import {
  createEventRecord,
  createListing,
  createManagedListing,
  createProgramme,
  createSubsector,
  createUser,
} from "@/tests/support/factories";
import { approveEvent, rejectEvent } from "./decide-event";
import { buildEventsCalendar } from "./events-feed";
import { parsePublicEventFilters } from "./filters";
import { proposeEvent } from "./propose-event";
import {
  getPublicEvent,
  listEventsForFeed,
  listEventsForStaff,
  listPublicEvents,
  listUpcomingEvents,
  listUpcomingEventsForSubsector,
  searchListingsForParticipation,
} from "./queries";
import { addEventParticipant, removeEventParticipant } from "./record-participation";
import { changeEventStatus, createEvent, updateEvent } from "./save-event";
import { createProgramme as saveNewProgramme, setProgrammeActive, updateProgramme } from "./save-programme";
import type { ProposedEventInput, StaffEventInput } from "./schemas";

const DAY = 24 * 60 * 60 * 1000;

const staffInput = (overrides: Partial<StaffEventInput> = {}): StaffEventInput => ({
  type: "TRAINING",
  titleIndonesian: "Pelatihan Foto Produk",
  descriptionIndonesian: "Belajar memotret produk untuk lokapasar.",
  subsectorIds: [],
  venue: "Aula Uji, Jl. Ijen 1",
  kecamatan: "KLOJEN",
  isOnline: false,
  startsAt: "2030-03-05T09:00",
  endsAt: "2030-03-05T12:00",
  organiserName: "Disporapar Kota Malang",
  ...overrides,
});

const proposalInput = (listingId: string, overrides: Partial<ProposedEventInput> = {}): ProposedEventInput => ({
  type: "MEETUP",
  titleIndonesian: "Temu Ilustrator Sukun",
  descriptionIndonesian: "Berbagi portofolio dan kabar proyek.",
  subsectorIds: [],
  venue: "Kedai Uji, Sukun",
  isOnline: false,
  startsAt: "2030-04-10T19:00",
  endsAt: "2030-04-10T21:00",
  listingId,
  ...overrides,
});

const auditActions = async (entityId: string) =>
  (await prisma.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map((entry) => entry.action);

describe("staff create and edit events", () => {
  it("publishes a new event with its subsectors, stores Jakarta times as instants and audits it", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const result = await createEvent(staff, staffInput({ subsectorIds: [subsector.id, subsector.id] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const event = await prisma.event.findUniqueOrThrow({
      where: { id: result.eventId },
      include: { subsectors: true },
    });
    expect(event).toMatchObject({ status: "PUBLISHED", isSample: false, version: 1, slug: "pelatihan-foto-produk" });
    expect(event.startsAt.toISOString()).toBe("2030-03-05T02:00:00.000Z");
    expect(event.endsAt.toISOString()).toBe("2030-03-05T05:00:00.000Z");
    expect(event.subsectors.map((row) => row.subsectorId)).toEqual([subsector.id]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: event.id, action: "event.create" } });
    expect(audit).toMatchObject({ actorId: staff.id, actorRole: "STAFF", entityType: "Event" });
    expect(audit.after).toMatchObject({
      titleIndonesian: "Pelatihan Foto Produk",
      startsAt: "2030-03-05T02:00:00.000Z",
    });

    const second = await createEvent(staff, staffInput());
    expect(second.ok && second.slug).toBe("pelatihan-foto-produk-2");
  });

  it("refuses an end before the start, a missing venue, no organiser or an unknown one, writing nothing", async () => {
    const staff = await createUser({ role: "STAFF" });
    const before = await prisma.event.count();
    expect(await createEvent(staff, staffInput({ endsAt: "2030-03-05T08:00" }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { endsAt: ["endBeforeStart"] },
    });
    expect(await createEvent(staff, staffInput({ venue: "" }))).toMatchObject({
      fieldErrors: { venue: ["venueRequired"] },
    });
    expect((await createEvent(staff, staffInput({ venue: "", isOnline: true }))).ok).toBe(true);
    expect(await createEvent(staff, staffInput({ organiserName: "" }))).toMatchObject({
      fieldErrors: { organiserName: ["organiserRequired"] },
    });
    expect(await createEvent(staff, staffInput({ organiserListingSlug: "tidak-ada-contoh" }))).toMatchObject({
      fieldErrors: { organiserListingSlug: ["organiserNotFound"] },
    });
    expect(await createEvent(staff, staffInput({ startsAt: "2030-02-30T09:00" }))).toMatchObject({
      fieldErrors: { startsAt: ["dateTimeInvalid"] },
    });
    expect(await createEvent(staff, staffInput({ registrationUrl: "javascript:alert(1)" }))).toMatchObject({
      fieldErrors: { registrationUrl: ["urlInvalid"] },
    });
    expect(await prisma.event.count()).toBe(before + 1);
  });

  it("names a published listing as organiser, but refuses an unpublished one", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const community = await createListing({ primarySubsectorId: subsector.id, kind: "COMMUNITY" });
    const draft = await createListing({ primarySubsectorId: subsector.id, kind: "COMMUNITY", status: "DRAFT" });
    const result = await createEvent(
      staff,
      staffInput({ organiserListingSlug: community.slug, organiserName: "", startsAt: "2030-01-01T09:00" }),
    );
    expect(result.ok && result.affectedListings).toEqual([{ kind: "COMMUNITY", slug: community.slug }]);
    expect(await createEvent(staff, staffInput({ organiserListingSlug: draft.slug }))).toMatchObject({
      fieldErrors: { organiserListingSlug: ["organiserNotFound"] },
    });
  });

  it("refuses anyone who is not staff", async () => {
    const owner = await createUser();
    await expect(createEvent(owner, staffInput())).rejects.toThrow(ForbiddenError);
    await expect(listEventsForStaff(owner, { status: null, q: "", page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchListingsForParticipation(owner, "x", "kopi")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("saves with the version the form was opened on; a stale version is a conflict and writes nothing", async () => {
    const staff = await createUser({ role: "STAFF" });
    const other = await createUser({ role: "ADMIN" });
    const created = await createEvent(staff, staffInput({ titleIndonesian: "Bimtek Merek" }));
    if (!created.ok) throw new Error("setup");

    const first = await updateEvent(
      staff,
      created.eventId,
      staffInput({ titleIndonesian: "Bimtek Merek Kolektif" }),
      1,
    );
    expect(first.ok).toBe(true);
    const stale = await updateEvent(other, created.eventId, staffInput({ titleIndonesian: "Judul Lama" }), 1);
    expect(stale).toEqual({ ok: false, reason: "conflict" });

    const event = await prisma.event.findUniqueOrThrow({ where: { id: created.eventId } });
    expect(event).toMatchObject({ titleIndonesian: "Bimtek Merek Kolektif", version: 2, slug: "bimtek-merek" });
    const updates = await prisma.auditLog.findMany({ where: { entityId: event.id, action: "event.update" } });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.before).toMatchObject({ titleIndonesian: "Bimtek Merek", version: 1 });
    expect(updates[0]?.after).toMatchObject({ titleIndonesian: "Bimtek Merek Kolektif", version: 2 });
    expect(await updateEvent(staff, "tidak-ada", staffInput(), 1)).toEqual({ ok: false, reason: "notFound" });
  });

  it("cancels a published event (off the lists, page kept) and publishes it again, with version checks", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const event = await createEventRecord({ subsectorIds: [subsector.id] });
    const { filters } = parsePublicEventFilters(
      { subsektor: subsector.slug },
      {
        subsectorSlugs: [subsector.slug],
        programmeSlugs: [],
      },
    );

    expect(await changeEventStatus(staff, event.id, "cancel", 99)).toEqual({ ok: false, reason: "conflict" });
    expect((await changeEventStatus(staff, event.id, "cancel", 1)).ok).toBe(true);
    expect(await changeEventStatus(staff, event.id, "cancel", 2)).toEqual({ ok: false, reason: "alreadyHandled" });
    expect((await listPublicEvents(filters)).total).toBe(0);
    expect(await getPublicEvent(event.slug)).toMatchObject({ status: "CANCELLED" });
    expect(await listEventsForFeed()).not.toContainEqual(expect.objectContaining({ id: event.id }));

    expect((await changeEventStatus(staff, event.id, "publish", 2)).ok).toBe(true);
    expect((await listPublicEvents(filters)).events.map((row) => row.id)).toEqual([event.id]);
    expect(await auditActions(event.id)).toEqual(["event.cancel", "event.publish"]);
  });
});

describe("proposals by listing managers", () => {
  it("stay private until staff approve; approval publishes and emails the proposer", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
    const result = await proposeEvent(owner, proposalInput(listing.id));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await prisma.event.findUniqueOrThrow({ where: { id: result.eventId } })).toMatchObject({
      status: "PENDING_REVIEW",
      organiserListingId: listing.id,
      proposedById: owner.id,
      isSample: false,
    });
    expect(await getPublicEvent(result.slug)).toBeNull();
    expect(await listEventsForFeed()).not.toContainEqual(expect.objectContaining({ id: result.eventId }));

    const approved = await approveEvent(staff, result.eventId, "Silakan sebarkan tautannya.");
    expect(approved.ok && approved.affectedListings).toEqual([{ kind: "COMMUNITY", slug: listing.slug }]);
    expect(await approveEvent(staff, result.eventId)).toEqual({ ok: false, reason: "alreadyHandled" });
    expect(await getPublicEvent(result.slug)).toMatchObject({
      status: "PUBLISHED",
      organiser: { listing: { slug: listing.slug } },
    });
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: owner.email } });
    expect(email.subject).toContain("Acara disetujui");
    expect(email.bodyText).toContain("Silakan sebarkan tautannya.");
    expect(email.bodyText).toContain(`/acara/${result.slug}`);
    expect(await auditActions(result.eventId)).toEqual(["event.propose", "event.approve"]);
  });

  it("are rejected only with a note, which reaches the proposer; they stay private", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id);
    const result = await proposeEvent(owner, proposalInput(listing.id, { titleIndonesian: "Kelas Kemasan Usulan" }));
    if (!result.ok) throw new Error("setup");

    expect(await rejectEvent(staff, result.eventId, " ")).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { note: ["noteRequired"] },
    });
    expect((await rejectEvent(staff, result.eventId, "Tanggalnya bentrok dengan acara lain.")).ok).toBe(true);
    expect(await prisma.event.findUniqueOrThrow({ where: { id: result.eventId } })).toMatchObject({
      status: "REJECTED",
      reviewNote: "Tanggalnya bentrok dengan acara lain.",
    });
    expect(await getPublicEvent(result.slug)).toBeNull();
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: owner.email } });
    expect(email.subject).toContain("belum disetujui");
    expect(email.bodyText).toContain("Tanggalnya bentrok dengan acara lain.");
    expect(await auditActions(result.eventId)).toEqual(["event.propose", "event.reject"]);
    const owners = await createUser();
    await expect(approveEvent(owners, result.eventId)).rejects.toThrow(ForbiddenError);
  });

  it("cannot be made for someone else's listing or an unpublished one, and nothing is written", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const theirs = await createManagedListing(stranger.id);
    const ownDraft = await createManagedListing(owner.id, { status: "PENDING_REVIEW" });
    const before = await prisma.event.count();
    expect(await proposeEvent(owner, proposalInput(theirs.id))).toEqual({ ok: false, reason: "notFound" });
    expect(await proposeEvent(owner, proposalInput(ownDraft.id))).toEqual({ ok: false, reason: "notFound" });
    // Mass assignment: status or sample flag cannot be slipped in.
    const forged = { ...proposalInput(theirs.id), status: "PUBLISHED" } as ProposedEventInput;
    expect(await proposeEvent(stranger, forged)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await prisma.event.count()).toBe(before);
    expect(await prisma.auditLog.count({ where: { actorId: owner.id } })).toBe(0);
  });
});

describe("training participation", () => {
  async function pastTraining(overrides: Parameters<typeof createEventRecord>[0] = {}) {
    const startsAt = new Date(Date.now() - 10 * DAY);
    return createEventRecord({ startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000), ...overrides });
  }

  it("is recorded by staff, shows on the listing's profile and the event page, and can be removed", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const listing = await createListing({ primarySubsectorId: subsector.id });
    const event = await pastTraining({ type: "BIMTEK" });

    expect(await addEventParticipant(staff, event.id, listing.id)).toEqual({
      ok: true,
      eventSlug: event.slug,
      listing: { kind: "CREATIVE_BUSINESS", slug: listing.slug },
    });
    expect(await addEventParticipant(staff, event.id, listing.id)).toEqual({ ok: false, reason: "alreadyRecorded" });
    expect(await prisma.eventParticipation.findFirst({ where: { eventId: event.id } })).toMatchObject({
      listingId: listing.id,
      recordedById: staff.id,
    });

    const profile = await getPublishedListingProfile("CREATIVE_BUSINESS", listing.slug);
    expect(profile?.trainingsAttended.map((training) => training.slug)).toEqual([event.slug]);
    expect((await getPublicEvent(event.slug))?.participants.map((row) => row.id)).toEqual([listing.id]);
    expect(await searchListingsForParticipation(staff, event.id, listing.nameIndonesian)).toEqual([]);

    expect((await removeEventParticipant(staff, event.id, listing.id)).ok).toBe(true);
    expect(await removeEventParticipant(staff, event.id, listing.id)).toEqual({ ok: false, reason: "notRecorded" });
    const after = await getPublishedListingProfile("CREATIVE_BUSINESS", listing.slug);
    expect(after?.trainingsAttended).toEqual([]);
    expect(await auditActions(event.id)).toEqual(["event.addParticipant", "event.removeParticipant"]);
  });

  it("is refused for other event types, future or unpublished events, unpublished listings and non-staff", async () => {
    const staff = await createUser({ role: "STAFF" });
    const owner = await createUser();
    const subsector = await createSubsector();
    const listing = await createListing({ primarySubsectorId: subsector.id });
    const draft = await createListing({ primarySubsectorId: subsector.id, status: "DRAFT" });
    const festival = await pastTraining({ type: "FESTIVAL" });
    const upcoming = await createEventRecord();
    const cancelled = await pastTraining({ status: "CANCELLED" });
    const training = await pastTraining();

    expect(await addEventParticipant(staff, festival.id, listing.id)).toEqual({ ok: false, reason: "notTraining" });
    expect(await addEventParticipant(staff, upcoming.id, listing.id)).toEqual({ ok: false, reason: "notStarted" });
    expect(await addEventParticipant(staff, cancelled.id, listing.id)).toEqual({ ok: false, reason: "notPublished" });
    expect(await addEventParticipant(staff, training.id, draft.id)).toEqual({ ok: false, reason: "listingNotFound" });
    await expect(addEventParticipant(owner, training.id, listing.id)).rejects.toThrow(ForbiddenError);
    expect(await addEventParticipant(staff, "tidak-ada", listing.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await prisma.eventParticipation.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it("lists only published participants on the event page, and training only on profiles", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const [shown, hidden] = await Promise.all([
      createListing({ primarySubsectorId: subsector.id, nameIndonesian: "Aa Peserta Terbit" }),
      createListing({ primarySubsectorId: subsector.id, nameIndonesian: "Bb Peserta Nonaktif" }),
    ]);
    const training = await pastTraining();
    for (const listing of [shown, hidden])
      expect((await addEventParticipant(staff, training.id, listing.id)).ok).toBe(true);
    await prisma.listing.update({ where: { id: hidden.id }, data: { status: "INACTIVE" } });
    expect((await getPublicEvent(training.slug))?.participants.map((row) => row.id)).toEqual([shown.id]);

    // A participation in an event that is no longer published is not shown on the profile.
    await prisma.event.update({ where: { id: training.id }, data: { status: "CANCELLED" } });
    expect((await getPublishedListingProfile("CREATIVE_BUSINESS", shown.slug))?.trainingsAttended).toEqual([]);
  });

  it("shows a listing's upcoming published events on its profile, not past, pending or cancelled ones", async () => {
    const subsector = await createSubsector();
    const community = await createListing({ primarySubsectorId: subsector.id, kind: "COMMUNITY" });
    const upcoming = await createEventRecord({ organiserListingId: community.id, type: "MEETUP" });
    await createEventRecord({ organiserListingId: community.id, status: "PENDING_REVIEW" });
    await createEventRecord({ organiserListingId: community.id, status: "CANCELLED" });
    await pastTraining({ organiserListingId: community.id });
    const profile = await getPublishedListingProfile("COMMUNITY", community.slug);
    expect(profile?.organisedEvents.map((event) => event.id)).toEqual([upcoming.id]);
  });
});

describe("public lists and feed", () => {
  it("splits upcoming and past at now and filters by type, subsector and programme", async () => {
    const subsector = await createSubsector();
    const programme = await createProgramme();
    const now = Date.now();
    const soon = await createEventRecord({ subsectorIds: [subsector.id], programmeId: programme.id });
    const later = await createEventRecord({
      subsectorIds: [subsector.id],
      type: "MEETUP",
      startsAt: new Date(now + 30 * DAY),
      endsAt: new Date(now + 30 * DAY + 3600_000),
    });
    // Running now: still upcoming.
    const running = await createEventRecord({
      subsectorIds: [subsector.id],
      type: "FESTIVAL",
      startsAt: new Date(now - 3600_000),
      endsAt: new Date(now + 3600_000),
    });
    const past = await createEventRecord({
      subsectorIds: [subsector.id],
      startsAt: new Date(now - 20 * DAY),
      endsAt: new Date(now - 20 * DAY + 3600_000),
    });
    const older = await createEventRecord({
      subsectorIds: [subsector.id],
      startsAt: new Date(now - 40 * DAY),
      endsAt: new Date(now - 40 * DAY + 3600_000),
    });
    await createEventRecord({ subsectorIds: [subsector.id], status: "PENDING_REVIEW" });
    await createEventRecord({ subsectorIds: [subsector.id], status: "REJECTED" });
    const known = { subsectorSlugs: [subsector.slug], programmeSlugs: [programme.slug] };
    const ids = async (params: Record<string, string>) =>
      (
        await listPublicEvents(parsePublicEventFilters({ subsektor: subsector.slug, ...params }, known).filters)
      ).events.map((event) => event.id);

    expect(await ids({})).toEqual([running.id, soon.id, later.id]);
    expect(await ids({ waktu: "lalu" })).toEqual([past.id, older.id]);
    expect(await ids({ jenis: "temu-komunitas" })).toEqual([later.id]);
    expect(await ids({ program: programme.slug })).toEqual([soon.id]);
    expect((await listUpcomingEventsForSubsector(subsector.slug, 2)).map((event) => event.id)).toEqual([
      running.id,
      soon.id,
    ]);
  });

  it("lists the soonest upcoming published events for the home page, running ones included", async () => {
    // A clock far ahead, so only this test's events are upcoming.
    const now = new Date("2091-03-01T00:00:00Z");
    const hour = 3600_000;
    const running = await createEventRecord({
      startsAt: new Date(now.getTime() - hour),
      endsAt: new Date(now.getTime() + hour),
    });
    const soon = await createEventRecord({ startsAt: new Date(now.getTime() + 24 * hour) });
    await createEventRecord({ startsAt: new Date(now.getTime() + 48 * hour) });
    await createEventRecord({ startsAt: new Date(now.getTime() + 2 * hour), status: "PENDING_REVIEW" });
    expect((await listUpcomingEvents(2, now)).map((event) => event.id)).toEqual([running.id, soon.id]);
  });

  it("feeds published events into a calendar with stable UIDs", async () => {
    const event = await createEventRecord({ titleIndonesian: "Festival Kopi; Teh, dan Roti" });
    const pending = await createEventRecord({ status: "PENDING_REVIEW" });
    const feed = await listEventsForFeed();
    expect(feed.map((row) => row.id)).toContain(event.id);
    expect(feed.map((row) => row.id)).not.toContain(pending.id);
    const calendar = buildEventsCalendar(feed, "https://ekraf.contoh.id");
    expect(calendar).toContain(`UID:${event.id}@ekraf.contoh.id\r\n`);
    expect(calendar).toContain("SUMMARY:Festival Kopi\\; Teh\\, dan Roti\r\n");
    expect(calendar).not.toContain(pending.id);
  });
});

describe("programmes", () => {
  it("are created, edited with a conflict check and deactivated by staff, each audited", async () => {
    const staff = await createUser({ role: "STAFF" });
    const input = {
      nameIndonesian: "Program Pelatihan Uji",
      nameEn: "Test Training Programme",
      year: "2031",
      organiserName: "Disporapar Kota Malang",
    };
    const created = await saveNewProgramme(staff, input);
    expect(created).toMatchObject({ ok: true, slug: "program-pelatihan-uji-2031" });
    if (!created.ok) return;
    expect(await saveNewProgramme(staff, { ...input, year: "31" })).toMatchObject({
      fieldErrors: { year: ["yearInvalid"] },
    });
    const row = await prisma.programme.findUniqueOrThrow({ where: { id: created.programmeId } });

    expect((await updateProgramme(staff, row.id, { ...input, nameIndonesian: "Program Baru" }, row.updatedAt)).ok).toBe(
      true,
    );
    expect(await updateProgramme(staff, row.id, { ...input, nameIndonesian: "Program Lama" }, row.updatedAt)).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect((await setProgrammeActive(staff, row.id, false)).ok).toBe(true);
    expect(await prisma.programme.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      nameIndonesian: "Program Baru",
      isActive: false,
    });
    expect(await auditActions(row.id)).toEqual(["programme.create", "programme.update", "programme.deactivate"]);

    // An inactive programme is not offered for new events.
    expect(await createEvent(staff, staffInput({ programmeId: row.id }))).toMatchObject({
      fieldErrors: { programmeId: ["programmeInvalid"] },
    });
    const owner = await createUser();
    await expect(saveNewProgramme(owner, input)).rejects.toThrow(ForbiddenError);
  });
});
