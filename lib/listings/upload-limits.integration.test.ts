import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { makeImage } from "@/tests/support/test-images";
import { discardStoredFile, storeImageUpload, UPLOAD_BUDGET } from "@/lib/uploads/store-upload";
import { getListingContentSchema, type ListingContent } from "./schemas";
import { MAX_PHOTOS_PER_LISTING, proposeListingChanges } from "./revisions";

// Read by getEnv() on first use, which comes after this line.
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-upload-limits-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

const contentFor = (subsectorId: string): ListingContent =>
  getListingContentSchema("COMMUNITY").parse({
    nameIndonesian: "Komunitas Fotografer Klojen",
    summaryIndonesian: "Komunitas fotografer yang berkumpul tiap bulan di Klojen.",
    primarySubsectorId: subsectorId,
  });

async function createFiles(uploaderId: string, count: number, visibility: "PUBLIC" | "PRIVATE" = "PRIVATE") {
  const files = [];
  for (let index = 0; index < count; index += 1) {
    files.push(
      await prisma.storedFile.create({
        data: {
          visibility,
          storageKey: crypto.randomUUID().replace(/-/g, ""),
          contentType: "image/webp",
          byteSize: 10,
          uploadedById: uploaderId,
        },
      }),
    );
  }
  return files;
}

describe("photos per listing", () => {
  it("are capped, counting the listing's photos and those waiting in its revision, minus the removed ones", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY", status: "PUBLISHED" });
    const published = await createFiles(owner.id, 8, "PUBLIC");
    const photos = [];
    for (const file of published)
      photos.push(await prisma.listingPhoto.create({ data: { listingId: listing.id, fileId: file.id } }));
    const content = contentFor(listing.primarySubsectorId);

    // 8 published + 4 pending = 12: accepted.
    const first = await createFiles(owner.id, 4);
    expect(
      await proposeListingChanges(owner, listing.id, content, { photoFileIds: first.map((file) => file.id) }),
    ).toMatchObject({ ok: true });
    // One more in a later edit of the same revision: refused, and the revision keeps its 4.
    const extra = await createFiles(owner.id, 1);
    expect(await proposeListingChanges(owner, listing.id, content, { photoFileIds: [extra[0]!.id] })).toEqual({
      ok: false,
      error: "photoLimit",
    });
    const revision = await prisma.listingRevision.findFirstOrThrow({ where: { listingId: listing.id } });
    expect((revision.changes as { photoFileIds: string[] }).photoFileIds).toHaveLength(4);
    // Removing one published photo makes room for it.
    expect(
      await proposeListingChanges(owner, listing.id, content, {
        photoFileIds: [extra[0]!.id],
        removedPhotoIds: [photos[0]!.id],
      }),
    ).toMatchObject({ ok: true });
    expect(MAX_PHOTOS_PER_LISTING).toBe(12);
  });

  it("are capped on a proposal not yet public too", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY", status: "PENDING_REVIEW" });
    const content = contentFor(listing.primarySubsectorId);
    const files = await createFiles(owner.id, 13);
    expect(
      await proposeListingChanges(owner, listing.id, content, { photoFileIds: files.slice(0, 12).map((f) => f.id) }),
    ).toMatchObject({ ok: true });
    expect(await proposeListingChanges(owner, listing.id, content, { photoFileIds: [files[12]!.id] })).toEqual({
      ok: false,
      error: "photoLimit",
    });
    expect(await prisma.listingPhoto.count({ where: { listingId: listing.id } })).toBe(12);
  });
});

describe("superseded uploads", () => {
  it("a replaced, never public logo and removed photos of a proposal are named, and then deleted", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY", status: "PENDING_REVIEW" });
    const content = contentFor(listing.primarySubsectorId);
    const [oldLogo, newLogo, photoFile] = await createFiles(owner.id, 3);
    await prisma.listing.update({ where: { id: listing.id }, data: { logoFileId: oldLogo!.id } });
    const photo = await prisma.listingPhoto.create({ data: { listingId: listing.id, fileId: photoFile!.id } });

    const result = await proposeListingChanges(owner, listing.id, content, {
      logoFileId: newLogo!.id,
      removedPhotoIds: [photo.id],
    });
    expect(result).toMatchObject({ ok: true, supersededFileIds: [oldLogo!.id, photoFile!.id] });
    for (const fileId of result.ok ? result.supersededFileIds : []) await discardStoredFile(fileId);
    expect(await prisma.storedFile.count({ where: { id: { in: [oldLogo!.id, photoFile!.id] } } })).toBe(0);
    expect(await prisma.storedFile.count({ where: { id: newLogo!.id } })).toBe(1);
  });

  it("a logo proposed in a pending revision and replaced by a newer one is named", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY", status: "PUBLISHED" });
    const content = contentFor(listing.primarySubsectorId);
    const [first, second] = await createFiles(owner.id, 2);
    expect(await proposeListingChanges(owner, listing.id, content, { logoFileId: first!.id })).toMatchObject({
      ok: true,
      supersededFileIds: [],
    });
    expect(await proposeListingChanges(owner, listing.id, content, { logoFileId: second!.id })).toMatchObject({
      ok: true,
      supersededFileIds: [first!.id],
    });
  });
});

describe("the upload allowance per person", () => {
  it("refuses uploads once the hour's allowance is used, before decoding anything", async () => {
    const uploader = await createUser();
    const image = new Blob([new Uint8Array(await makeImage("png"))]);
    expect(await storeImageUpload(image, { purpose: "photo", uploaderId: uploader.id })).toMatchObject({ ok: true });
    for (let index = 1; index < UPLOAD_BUDGET.limit; index += 1)
      await consumeRateLimit({ ...UPLOAD_BUDGET, key: uploader.id });
    expect(await storeImageUpload(image, { purpose: "photo", uploaderId: uploader.id })).toEqual({
      ok: false,
      error: "uploadBudget",
    });
    // Someone else is not affected.
    const other = await createUser();
    expect(await storeImageUpload(image, { purpose: "photo", uploaderId: other.id })).toMatchObject({ ok: true });
  });
});
