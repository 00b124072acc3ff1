import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { FileVisibility } from "@/lib/generated/prisma/enums";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { canReadStoredFile, type FileViewer } from "./file-access";

const createStoredFile = (uploadedById: string, visibility: FileVisibility = "PRIVATE") =>
  prisma.storedFile.create({
    data: {
      visibility,
      storageKey: crypto.randomBytes(16).toString("hex"),
      contentType: "image/webp",
      byteSize: 10,
      uploadedById,
    },
  });

async function setUp() {
  const [uploader, manager, otherOwner, claimant, staff, admin] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser({ role: "STAFF" }),
    createUser({ role: "ADMIN" }),
  ]);
  const listing = await createManagedListing(manager.id);
  // The other owner manages a listing of their own: managing something is not enough.
  await createManagedListing(otherOwner.id);
  return { uploader, manager, otherOwner, claimant, staff, admin, listing };
}

const viewerOf = (user: { id: string; role: "ADMIN" | "STAFF" | "OWNER" }): FileViewer => ({
  id: user.id,
  role: user.role,
});

describe("canReadStoredFile", () => {
  it("lets anyone read a public file", async () => {
    const { uploader, otherOwner } = await setUp();
    const file = await createStoredFile(uploader.id, "PUBLIC");
    expect(await canReadStoredFile(null, file.id)).toBe(true);
    expect(await canReadStoredFile(viewerOf(otherOwner), file.id)).toBe(true);
  });

  it("shows a private logo, photo and evidence to uploader, managers and staff only", async () => {
    const { uploader, manager, otherOwner, staff, admin, listing } = await setUp();
    const logo = await createStoredFile(uploader.id);
    await prisma.listing.update({ where: { id: listing.id }, data: { logoFileId: logo.id } });
    const photo = await createStoredFile(uploader.id);
    await prisma.listingPhoto.create({ data: { listingId: listing.id, fileId: photo.id } });
    const evidence = await createStoredFile(staff.id);
    const type = await prisma.certificationType.create({
      data: {
        slug: `jenis-${crypto.randomBytes(4).toString("hex")}`,
        nameIndonesian: "HKI",
        nameEn: "IP",
        issuingBody: "DJKI",
        doesExpire: false,
      },
    });
    await prisma.certification.create({
      data: { listingId: listing.id, typeId: type.id, evidenceFileId: evidence.id },
    });

    for (const file of [logo, photo, evidence]) {
      expect(await canReadStoredFile(null, file.id)).toBe(false);
      expect(await canReadStoredFile(viewerOf(manager), file.id)).toBe(true);
      expect(await canReadStoredFile(viewerOf(otherOwner), file.id)).toBe(false);
      expect(await canReadStoredFile(viewerOf(staff), file.id)).toBe(true);
      expect(await canReadStoredFile(viewerOf(admin), file.id)).toBe(true);
    }
    expect(await canReadStoredFile(viewerOf(uploader), logo.id)).toBe(true);
    expect(await canReadStoredFile(viewerOf(uploader), photo.id)).toBe(true);
  });

  it("shows an unattached upload to its uploader and staff, not to others", async () => {
    const { uploader, manager, otherOwner, staff } = await setUp();
    const file = await createStoredFile(uploader.id);
    expect(await canReadStoredFile(viewerOf(uploader), file.id)).toBe(true);
    expect(await canReadStoredFile(viewerOf(staff), file.id)).toBe(true);
    expect(await canReadStoredFile(viewerOf(manager), file.id)).toBe(false);
    expect(await canReadStoredFile(viewerOf(otherOwner), file.id)).toBe(false);
    expect(await canReadStoredFile(null, file.id)).toBe(false);
  });

  it("shows a claim proof to the claimant and staff, not to the listing's managers", async () => {
    const { claimant, manager, otherOwner, staff, listing } = await setUp();
    // Uploaded by staff on the claimant's behalf, so only the claim links the claimant to it.
    const proof = await createStoredFile(staff.id);
    await prisma.listingClaim.create({
      data: { listingId: listing.id, userId: claimant.id, relation: "Pemilik", proofFileId: proof.id },
    });
    expect(await canReadStoredFile(viewerOf(claimant), proof.id)).toBe(true);
    expect(await canReadStoredFile(viewerOf(staff), proof.id)).toBe(true);
    expect(await canReadStoredFile(viewerOf(manager), proof.id)).toBe(false);
    expect(await canReadStoredFile(viewerOf(otherOwner), proof.id)).toBe(false);
    expect(await canReadStoredFile(null, proof.id)).toBe(false);
  });

  it("shows a logo proposed in a revision to the listing's other managers", async () => {
    const { uploader, manager, otherOwner, listing } = await setUp();
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: uploader.id } });
    const logo = await createStoredFile(uploader.id);
    await prisma.listingRevision.create({
      data: {
        listingId: listing.id,
        pendingListingId: listing.id,
        authorId: uploader.id,
        baseVersion: listing.version,
        changes: { content: {}, logoFileId: logo.id },
      },
    });
    expect(await canReadStoredFile(viewerOf(manager), logo.id)).toBe(true);
    expect(await canReadStoredFile(viewerOf(otherOwner), logo.id)).toBe(false);
  });

  it("answers false for a file that does not exist, even to staff", async () => {
    const { staff } = await setUp();
    expect(await canReadStoredFile(viewerOf(staff), "tidakada")).toBe(false);
  });
});
