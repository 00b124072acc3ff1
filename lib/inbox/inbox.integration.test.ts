import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { sendEnquiry } from "@/lib/enquiries/send-enquiry";
import {
  createCertification,
  createCertificationType,
  createCollaborationPost,
  createEventRecord,
  createListing,
  createSubsector,
  createUser,
} from "@/tests/support/factories";
import { inboxItemKinds, type InboxFilters } from "./filters";
import { getInboxItemName, getNextInboxItem, listInboxItems } from "./queries";
import { answerEnquiry, releaseInboxItem, takeInboxItem } from "./inbox-writes";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One waiting item of every kind, all in a fresh subsector and in Klojen (so the filters make the counts exact
 * whatever other test files write meanwhile), oldest first in the order of `inboxItemKinds`; and one decided item
 * of several kinds, which must not show.
 */
async function createScenario() {
  const subsector = await createSubsector();
  const [owner, staff, otherStaff, admin] = [
    await createUser(),
    await createUser({ role: "STAFF" }),
    await createUser({ role: "STAFF" }),
    await createUser({ role: "ADMIN" }),
  ];
  const base = { primarySubsectorId: subsector.id, kecamatan: "KLOJEN" as const };
  const listing = await createListing(base);
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS);
  const newListing = await createListing({ ...base, status: "PENDING_REVIEW", nameIndonesian: "Usulan Tugas Baru" });
  await prisma.$executeRaw`UPDATE "Listing" SET "updatedAt" = ${at(7)} WHERE id = ${newListing.id}`;
  const revision = await prisma.listingRevision.create({
    data: { listingId: listing.id, pendingListingId: listing.id, authorId: owner.id, baseVersion: 1, changes: {} },
  });
  await prisma.$executeRaw`UPDATE "ListingRevision" SET "updatedAt" = ${at(6)} WHERE id = ${revision.id}`;
  const claim = await prisma.listingClaim.create({
    data: { listingId: listing.id, userId: owner.id, relation: "Pendiri", createdAt: at(5) },
  });
  const type = await createCertificationType();
  const certification = await createCertification({ listingId: listing.id, typeId: type.id, createdAt: at(4) });
  await createCertification({ listingId: listing.id, typeId: type.id, status: "REJECTED" });
  const event = await createEventRecord({
    status: "PENDING_REVIEW",
    subsectorIds: [subsector.id],
    kecamatan: "KLOJEN",
    createdAt: at(3),
  });
  const report = await prisma.problemReport.create({
    data: { listingId: listing.id, reason: "WRONG_DETAILS", message: "Nomor telepon salah.", createdAt: at(2) },
  });
  await prisma.problemReport.create({
    data: { listingId: listing.id, reason: "CLOSED", message: "Sudah tutup.", status: "RESOLVED" },
  });
  const post = await createCollaborationPost({ listingId: listing.id, wantedSubsectorIds: [subsector.id] });
  const postReport = await prisma.collaborationPostReport.create({
    data: { postId: post.id, reason: "SPAM", message: "Isinya iklan, bukan kolaborasi.", createdAt: at(1) },
  });
  await prisma.collaborationPostReport.create({
    data: { postId: post.id, reason: "OTHER", message: "Sudah ditangani.", status: "HANDLED" },
  });
  const sent = await sendEnquiry(
    {
      listingId: listing.id,
      name: "Rina Pengunjung",
      email: `rina-${listing.id}@contoh.id`,
      message: "Apakah menerima pesanan untuk acara kantor?",
      locale: "en",
    },
    "https://ekraf.contoh.id",
  );
  const ids = {
    NEW_LISTING: newListing.id,
    REVISION: revision.id,
    CLAIM: claim.id,
    CERTIFICATION: certification.id,
    EVENT: event.id,
    PROBLEM_REPORT: report.id,
    COLLABORATION_REPORT: postReport.id,
    ENQUIRY: sent!.enquiryId,
  };
  const filters: InboxFilters = { kind: null, subsectorSlug: subsector.slug, kecamatan: null };
  return { subsector, listing, post, owner, staff, otherStaff, admin, ids, filters };
}

describe("listInboxItems", () => {
  it("lists one waiting item of each kind, oldest first, and counts each kind", async () => {
    const { staff, ids, filters, listing, post } = await createScenario();

    const { items, counts, total } = await listInboxItems(staff, filters);

    expect(items.map((item) => [item.kind, item.id])).toEqual(inboxItemKinds.map((kind) => [kind, ids[kind]]));
    expect(counts).toEqual(Object.fromEntries(inboxItemKinds.map((kind) => [kind, 1])));
    expect(total).toBe(8);
    const enquiry = items.find((item) => item.kind === "ENQUIRY");
    expect(enquiry).toMatchObject({ name: listing.nameIndonesian, from: "Rina Pengunjung", assignee: null });
    // The problem report names no reporter.
    expect(items.find((item) => item.kind === "PROBLEM_REPORT")?.from).toBeNull();
    // A reported post is listed under its title, naming no reporter either.
    expect(items.find((item) => item.kind === "COLLABORATION_REPORT")).toMatchObject({ name: post.title, from: null });
  });

  it("narrows the list by kind but keeps every kind's count; kecamatan and subsector narrow both", async () => {
    const { staff, ids, filters } = await createScenario();

    const revisions = await listInboxItems(staff, { ...filters, kind: "REVISION" });
    expect(revisions.items.map((item) => item.id)).toEqual([ids.REVISION]);
    expect(revisions.counts.CLAIM).toBe(1);
    expect(revisions.total).toBe(1);

    const elsewhere = await listInboxItems(staff, { ...filters, kecamatan: "SUKUN" });
    expect(elsewhere.items).toEqual([]);
    expect(Object.values(elsewhere.counts)).toEqual(inboxItemKinds.map(() => 0));

    const unknownSubsector = await listInboxItems(staff, { ...filters, subsectorSlug: "tidak-ada-subsektor" });
    expect(unknownSubsector.total).toBe(0);
  });

  it("is for staff and admins only", async () => {
    const { owner, admin, filters } = await createScenario();
    await expect(listInboxItems(owner, filters)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getInboxItemName(owner, "CLAIM", "x")).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listInboxItems(admin, filters)).total).toBe(8);
  });
});

describe("taking and releasing an item", () => {
  it("marks the item for everyone, refuses a second official with the holder's name, and audits both", async () => {
    const { staff, otherStaff, ids, filters } = await createScenario();

    expect(await takeInboxItem(staff, "CLAIM", ids.CLAIM)).toEqual({ ok: true });
    expect(await takeInboxItem(staff, "CLAIM", ids.CLAIM)).toEqual({ ok: true });
    expect(await takeInboxItem(otherStaff, "CLAIM", ids.CLAIM)).toEqual({
      ok: false,
      error: "takenByOther",
      name: staff.name,
    });

    const seen = await listInboxItems(otherStaff, { ...filters, kind: "CLAIM" });
    expect(seen.items[0]?.assignee).toEqual({ id: staff.id, name: staff.name });
    expect(await releaseInboxItem(otherStaff, "CLAIM", ids.CLAIM)).toEqual({ ok: false, error: "notYours" });
    expect(await releaseInboxItem(staff, "CLAIM", ids.CLAIM)).toEqual({ ok: true });
    expect(await takeInboxItem(otherStaff, "CLAIM", ids.CLAIM)).toEqual({ ok: true });

    const audit = await prisma.auditLog.findMany({
      where: { entityType: "ListingClaim", entityId: ids.CLAIM, action: { startsWith: "inbox." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: "inbox.take", actorId: staff.id },
      { action: "inbox.release", actorId: staff.id },
      { action: "inbox.take", actorId: otherStaff.id },
    ]);
  });

  it("lets exactly one of two officials taking the same item at once have it", async () => {
    const { staff, otherStaff, ids } = await createScenario();

    const results = await Promise.all([
      takeInboxItem(staff, "EVENT", ids.EVENT),
      takeInboxItem(otherStaff, "EVENT", ids.EVENT),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: "takenByOther" });
    expect(await prisma.inboxAssignment.count({ where: { itemKind: "EVENT", itemId: ids.EVENT } })).toBe(1);
  });

  it("lets an admin release anyone's item; refuses items that no longer wait and callers who are not staff", async () => {
    const { staff, admin, owner, ids } = await createScenario();
    await takeInboxItem(staff, "REVISION", ids.REVISION);
    expect(await releaseInboxItem(admin, "REVISION", ids.REVISION)).toEqual({ ok: true });

    await prisma.problemReport.update({ where: { id: ids.PROBLEM_REPORT }, data: { status: "DISMISSED" } });
    expect(await takeInboxItem(staff, "PROBLEM_REPORT", ids.PROBLEM_REPORT)).toEqual({
      ok: false,
      error: "notWaiting",
    });
    expect(await takeInboxItem(staff, "CLAIM", "tidak-ada")).toEqual({ ok: false, error: "notWaiting" });

    await expect(takeInboxItem(owner, "CLAIM", ids.CLAIM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(releaseInboxItem(owner, "CLAIM", ids.CLAIM)).rejects.toBeInstanceOf(ForbiddenError);
    const disabled = await createUser({ role: "STAFF", isDisabled: true });
    await expect(takeInboxItem(disabled, "CLAIM", ids.CLAIM)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.inboxAssignment.count({ where: { itemId: ids.CLAIM } })).toBe(0);
  });

  it("goes on with the oldest item of the kind that no other official holds", async () => {
    const { staff, otherStaff, ids } = await createScenario();
    await takeInboxItem(otherStaff, "NEW_LISTING", ids.NEW_LISTING);
    await takeInboxItem(staff, "REVISION", ids.REVISION);

    // Other test files' items wait too: the answer is checked against the whole list of the kind.
    for (const kind of ["NEW_LISTING", "REVISION"] as const) {
      const { items } = await listInboxItems(staff, { kind, subsectorSlug: null, kecamatan: null });
      const firstFree = items.find((item) => !item.assignee || item.assignee.id === staff.id);
      expect((await getNextInboxItem(staff, kind))?.id).toBe(firstFree?.id);
    }
    expect((await getNextInboxItem(staff, "NEW_LISTING"))?.id).not.toBe(ids.NEW_LISTING);
  });
});

describe("answerEnquiry", () => {
  it("mails the answer to the visitor in their language and takes the message out of the inbox", async () => {
    const { staff, otherStaff, ids, filters, listing } = await createScenario();
    await takeInboxItem(staff, "ENQUIRY", ids.ENQUIRY);

    expect(await answerEnquiry(otherStaff, ids.ENQUIRY, "Jawaban yang tidak boleh terkirim.")).toEqual({
      ok: false,
      error: "takenByOther",
      name: staff.name,
    });
    const result = await answerEnquiry(staff, ids.ENQUIRY, "Yes, we take office orders of 50 bottles.");

    expect(result).toEqual({ ok: true, listingName: listing.nameIndonesian });
    const mails = await prisma.outboxEmail.findMany({ where: { to: `rina-${listing.id}@contoh.id` } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(`Reply to your message about ${listing.nameIndonesian}`);
    expect(mails[0]?.bodyText).toContain("Yes, we take office orders of 50 bottles.");
    expect(mails[0]?.bodyText).toContain("Disporapar Kota Malang");
    const stored = await prisma.enquiry.findUniqueOrThrow({ where: { id: ids.ENQUIRY } });
    expect(stored).toMatchObject({ answeredById: staff.id, answer: "Yes, we take office orders of 50 bottles." });
    expect((await listInboxItems(staff, filters)).counts.ENQUIRY).toBe(0);
    expect(await prisma.inboxAssignment.count({ where: { itemId: ids.ENQUIRY } })).toBe(0);
    expect(await answerEnquiry(staff, ids.ENQUIRY, "Sekali lagi.")).toEqual({ ok: false, error: "notWaiting" });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: ids.ENQUIRY, action: "enquiry.answer" },
    });
    expect(JSON.stringify(audit.after)).not.toContain("rina-");
  });

  it("answers only messages to listings without managers, and only for staff", async () => {
    const { owner, staff, listing } = await createScenario();
    const managed = await prisma.enquiry.create({
      data: {
        listingId: listing.id,
        senderName: "A",
        senderEmail: "a@contoh.id",
        message: "Halo pengelola",
        locale: "id",
      },
    });
    expect(await answerEnquiry(staff, managed.id, "Jawaban staf.")).toEqual({ ok: false, error: "notWaiting" });
    await expect(answerEnquiry(owner, managed.id, "Jawaban pemilik.")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
