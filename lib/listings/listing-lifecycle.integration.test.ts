import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createSubsector, createUser } from "@/tests/support/factories";
import { getListingContentSchema, type ListingContent } from "@/lib/listings/schemas";
import { approveClaim } from "@/lib/moderation/decide-claim";
import { approveNewListing, proposeNewListing, rejectNewListing } from "./new-listings";
import { approveRevision, proposeListingChanges, rejectRevision } from "./revisions";

const contentFor = (subsectorId: string, overrides: Partial<Record<string, unknown>> = {}): ListingContent =>
  getListingContentSchema("COMMUNITY").parse({
    nameIndonesian: "Komunitas Ilustrator Sukun",
    summaryIndonesian: "Komunitas ilustrator yang berkumpul tiap bulan di Sukun.",
    primarySubsectorId: subsectorId,
    whatsappNumber: "0812-3456-7890",
    facts: { memberCount: 40 },
    ...overrides,
  });

describe("proposing a new listing", () => {
  it("creates a pending, non-sample listing managed by the proposer, with an audit entry", async () => {
    const owner = await createUser();
    const subsector = await createSubsector();
    const result = await proposeNewListing(owner, "COMMUNITY", contentFor(subsector.id));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const listing = await prisma.listing.findUniqueOrThrow({
      where: { id: result.listingId },
      include: { managers: true },
    });
    expect(listing).toMatchObject({ status: "PENDING_REVIEW", isSample: false, whatsappNumber: "6281234567890" });
    expect(listing.slug).toMatch(/^komunitas-ilustrator-sukun(-\d+)?$/);
    expect(listing.managers.map((manager) => manager.userId)).toEqual([owner.id]);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id, action: "listing.propose" } })).toBe(1);
  });

  it("gives a second listing of the same name its own slug", async () => {
    const owner = await createUser();
    const subsector = await createSubsector();
    const first = await proposeNewListing(
      owner,
      "COMMUNITY",
      contentFor(subsector.id, { nameIndonesian: "Nama Sama Persis" }),
    );
    const second = await proposeNewListing(
      owner,
      "COMMUNITY",
      contentFor(subsector.id, { nameIndonesian: "Nama Sama Persis" }),
    );
    const slugs = await prisma.listing.findMany({
      where: { id: { in: [first, second].map((result) => (result.ok ? result.listingId : "")) } },
      select: { slug: true },
    });
    expect(new Set(slugs.map((row) => row.slug)).size).toBe(2);
  });

  it("refuses an unknown subsector and writes nothing", async () => {
    const owner = await createUser();
    const before = await prisma.listing.count();
    expect(await proposeNewListing(owner, "COMMUNITY", contentFor("tidak-ada"))).toEqual({
      ok: false,
      error: "subsectorUnknown",
    });
    expect(await prisma.listing.count()).toBe(before);
  });

  it("is published by staff approval, or rejected with a note the managers are emailed", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const approved = await proposeNewListing(owner, "COMMUNITY", contentFor(subsector.id));
    const rejected = await proposeNewListing(owner, "COMMUNITY", contentFor(subsector.id));
    if (!approved.ok || !rejected.ok) throw new Error("setup");

    expect((await approveNewListing(staff, approved.listingId)).ok).toBe(true);
    expect(await approveNewListing(staff, approved.listingId)).toEqual({ ok: false, error: "alreadyHandled" });
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: approved.listingId } })).toMatchObject({
      status: "PUBLISHED",
    });

    expect((await rejectNewListing(staff, rejected.listingId, "Alamat belum lengkap.")).ok).toBe(true);
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: rejected.listingId } })).toMatchObject({
      status: "REJECTED",
      statusNote: "Alamat belum lengkap.",
    });
    const mail = await prisma.outboxEmail.findFirst({ where: { to: owner.email, bodyText: { contains: "Alamat" } } });
    expect(mail).not.toBeNull();
  });
});

describe("owner revisions", () => {
  it("keep the published listing unchanged until staff approve, and update one pending revision", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, {
      kind: "COMMUNITY",
      summaryIndonesian: "Ringkasan lama yang asli.",
    });
    const first = contentFor(listing.primarySubsectorId, { summaryIndonesian: "Ringkasan baru pertama kali." });
    const second = contentFor(listing.primarySubsectorId, { summaryIndonesian: "Ringkasan baru kedua kalinya." });

    expect(await proposeListingChanges(owner, listing.id, first)).toEqual({
      ok: true,
      outcome: "revisionPending",
      supersededFileIds: [],
    });
    expect(await proposeListingChanges(owner, listing.id, second)).toEqual({
      ok: true,
      outcome: "revisionPending",
      supersededFileIds: [],
    });
    const unchanged = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(unchanged).toMatchObject({
      summaryIndonesian: "Ringkasan lama yang asli.",
      status: "PUBLISHED",
      version: 1,
    });
    const revisions = await prisma.listingRevision.findMany({ where: { listingId: listing.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ status: "PENDING", pendingListingId: listing.id });

    const staff = await createUser({ role: "STAFF" });
    expect((await approveRevision(staff, revisions[0]!.id, 1)).ok).toBe(true);
    const after = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after).toMatchObject({
      summaryIndonesian: "Ringkasan baru kedua kalinya.",
      version: 2,
      nameIndonesian: "Komunitas Ilustrator Sukun",
    });
    expect(await prisma.auditLog.count({ where: { entityId: listing.id, action: "revision.approve" } })).toBe(1);
  });

  it("refuse a listing the owner does not manage, changing no row", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
    const before = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(await proposeListingChanges(stranger, listing.id, contentFor(listing.primarySubsectorId))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await prisma.listingRevision.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).toEqual(before);
    expect(await prisma.auditLog.count({ where: { actorId: stranger.id } })).toBe(0);
  });

  it("conflict when the listing changed after the reviewer looked, and nothing is applied", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
    await proposeListingChanges(
      owner,
      listing.id,
      contentFor(listing.primarySubsectorId, { nameIndonesian: "Nama Usulan" }),
    );
    const revision = await prisma.listingRevision.findFirstOrThrow({ where: { listingId: listing.id } });
    await prisma.listing.update({ where: { id: listing.id }, data: { version: { increment: 1 } } });

    expect(await approveRevision(staff, revision.id, 1)).toEqual({ ok: false, error: "conflict" });
    expect(await prisma.listingRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      status: "PENDING",
    });
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).nameIndonesian).toBe(
      listing.nameIndonesian,
    );
  });

  it("rejected with a note that reaches the owner; the next edit opens a new revision", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
    await proposeListingChanges(owner, listing.id, contentFor(listing.primarySubsectorId));
    const revision = await prisma.listingRevision.findFirstOrThrow({ where: { listingId: listing.id } });
    expect((await rejectRevision(staff, revision.id, "Nomor WhatsApp tidak aktif.")).ok).toBe(true);
    expect(await rejectRevision(staff, revision.id, "Lagi.")).toEqual({ ok: false, error: "alreadyHandled" });
    expect(await prisma.listingRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      status: "REJECTED",
      reviewNote: "Nomor WhatsApp tidak aktif.",
      pendingListingId: null,
    });
    expect(await proposeListingChanges(owner, listing.id, contentFor(listing.primarySubsectorId))).toEqual({
      ok: true,
      outcome: "revisionPending",
      supersededFileIds: [],
    });
    expect(await prisma.listingRevision.count({ where: { listingId: listing.id } })).toBe(2);
  });
});

describe("photos in revisions", () => {
  it("stay private until approval, then become public photos of the listing; removals apply on approval", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
    const file = (key: string, visibility: "PUBLIC" | "PRIVATE") =>
      prisma.storedFile.create({
        data: {
          visibility,
          storageKey: `${key}${Date.now()}${Math.random()}`.replace(/\D/g, "").slice(0, 32).padEnd(32, "0"),
          contentType: "image/webp",
          byteSize: 10,
          uploadedById: owner.id,
        },
      });
    const oldFile = await file("1", "PUBLIC");
    const oldPhoto = await prisma.listingPhoto.create({ data: { listingId: listing.id, fileId: oldFile.id } });
    const newFile = await file("2", "PRIVATE");

    await proposeListingChanges(owner, listing.id, contentFor(listing.primarySubsectorId), {
      photoFileIds: [newFile.id],
      removedPhotoIds: [oldPhoto.id],
    });
    expect(await prisma.listingPhoto.count({ where: { listingId: listing.id } })).toBe(1);
    const revision = await prisma.listingRevision.findFirstOrThrow({ where: { listingId: listing.id } });
    expect((await approveRevision(staff, revision.id, 1)).ok).toBe(true);

    const photos = await prisma.listingPhoto.findMany({ where: { listingId: listing.id }, include: { file: true } });
    expect(photos.map((photo) => [photo.fileId, photo.file.visibility])).toEqual([[newFile.id, "PUBLIC"]]);
    // The removed photo is no longer served to the public at its old address.
    expect((await prisma.storedFile.findUniqueOrThrow({ where: { id: oldFile.id } })).visibility).toBe("PRIVATE");
  });

  it("withdraw a replaced logo from the public when the new one is approved", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
    const file = (visibility: "PUBLIC" | "PRIVATE") =>
      prisma.storedFile.create({
        data: {
          visibility,
          storageKey: crypto.randomUUID().replace(/-/g, ""),
          contentType: "image/webp",
          byteSize: 10,
          uploadedById: owner.id,
        },
      });
    const oldLogo = await file("PUBLIC");
    await prisma.listing.update({ where: { id: listing.id }, data: { logoFileId: oldLogo.id } });
    const newLogo = await file("PRIVATE");

    await proposeListingChanges(owner, listing.id, contentFor(listing.primarySubsectorId), {
      logoFileId: newLogo.id,
    });
    const revision = await prisma.listingRevision.findFirstOrThrow({ where: { listingId: listing.id } });
    // Until approval the public logo stays as it was.
    expect((await prisma.storedFile.findUniqueOrThrow({ where: { id: oldLogo.id } })).visibility).toBe("PUBLIC");
    expect((await approveRevision(staff, revision.id, 1)).ok).toBe(true);

    const visibilityOf = async (id: string) =>
      (await prisma.storedFile.findUniqueOrThrow({ where: { id } })).visibility;
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).logoFileId).toBe(newLogo.id);
    expect(await visibilityOf(newLogo.id)).toBe("PUBLIC");
    expect(await visibilityOf(oldLogo.id)).toBe("PRIVATE");
  });
});

describe("decisions by someone who is not staff", () => {
  it("are refused in the data layer too, writing nothing", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY", status: "PENDING_REVIEW" });
    await expect(approveNewListing(owner, listing.id)).rejects.toThrow("Forbidden");
    await expect(rejectRevision(owner, "any", "Catatan apa saja.")).rejects.toThrow("Forbidden");
    await expect(approveClaim(owner, "any")).rejects.toThrow("Forbidden");
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PENDING_REVIEW");
  });
});
