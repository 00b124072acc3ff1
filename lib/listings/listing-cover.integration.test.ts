import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { GET as getFile } from "@/app/api/files/[id]/route";
import { createListingAction, saveListingAction } from "@/lib/admin-listings/actions";
import { getListingForStaffEdit } from "@/lib/admin-listings/queries";
import { toStaffFormValues } from "@/lib/admin-listings/schemas";
import { getNewListingForReview } from "@/lib/moderation/queries";
import { discardStoredFile, storeImageUpload } from "@/lib/uploads/store-upload";
import { createManagedListing, createSubsector, createUser } from "@/tests/support/factories";
import { makeImage, svgText } from "@/tests/support/test-images";
import { proposeNewListingAction, saveListingChangesAction } from "./actions";
import { listingContentSelect, toListingContent, toListingFormState } from "./listing-content";
import { getPublishedListingProfile } from "./queries";
import { approveNewListing, rejectNewListing } from "./new-listings";
import { approveRevision } from "./revisions";

// A listing's cover through the real server actions, as the owner's, the new-listing and the staff editor's forms
// post it (docs/decisions/026): the owner's goes through a revision or the proposal's review, staff's applies at
// once; a refused file writes nothing.

const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-listing-cover-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

const session = vi.hoisted(() => ({ token: null as Record<string, unknown> | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: vi.fn(async () => session.token) }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {}, CredentialsSignin: class extends Error {} }));
vi.mock("@/lib/i18n/navigation", () => ({
  getPathname: ({ href, locale }: { href: string; locale: string }) => (locale === "id" ? href : `/${locale}${href}`),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  unstable_cache: <T>(work: T) => work,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "uji-sampul" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

async function signIn(userId: string) {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  const now = Date.now();
  session.token = { userId, sessionVersion, signedInAt: now - 60_000, lastActiveAt: now - 1_000 };
}

/** The listing's form as its edit page fills it, plus the given fields (files included). */
async function listingForm(listingId: string, extra: Record<string, string | File> = {}) {
  const listing = await prisma.listing.findUniqueOrThrow({
    where: { id: listingId },
    select: { ...listingContentSelect, kind: true, version: true },
  });
  const content = toListingFormState(toListingContent(listing), listing.kind);
  const form = new FormData();
  form.set("locale", "id");
  form.set("listingId", listingId);
  for (const [key, value] of Object.entries(content.values)) form.set(key, value);
  for (const id of content.otherSubsectorIds) form.append("otherSubsectorIds", id);
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

async function staffForm(staffId: string, listingId: string, extra: Record<string, string | File> = {}) {
  const form = await listingForm(listingId, extra);
  const snapshot = (await getListingForStaffEdit({ id: staffId, role: "STAFF" }, listingId))!;
  form.set("version", String(snapshot.version));
  for (const [key, value] of Object.entries(toStaffFormValues(snapshot.staff))) form.set(key, value);
  return form;
}

async function post<S>(action: (state: S, form: FormData) => Promise<S>, form: FormData) {
  try {
    return { state: await action({} as S, form) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

/** "Add a listing" as its form posts it: a business in a fresh subsector, plus the given fields. */
async function newListingForm(name: string, extra: Record<string, string | File> = {}) {
  const subsector = await createSubsector();
  const form = new FormData();
  form.set("locale", "id");
  form.set("kind", "CREATIVE_BUSINESS");
  form.set("nameIndonesian", name);
  form.set("summaryIndonesian", "Usaha kreatif yang diusulkan pemiliknya lewat formulir.");
  form.set("primarySubsectorId", subsector.id);
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

const uniqueName = (prefix: string) => `${prefix} ${crypto.randomUUID().slice(0, 8)}`;

/** The file as /api/files serves it to whoever is signed in now (session.token). */
const serve = (fileId: string, query = "") =>
  getFile(new Request(`http://localhost/api/files/${fileId}${query}`), { params: Promise.resolve({ id: fileId }) });

/** Every file in the upload folder, to see that a refused form left none behind. */
const filesOnDisk = () =>
  fs.readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

const proposedBy = (userId: string) =>
  prisma.listing.findMany({
    where: { createdById: userId },
    select: {
      id: true,
      kind: true,
      slug: true,
      status: true,
      logoFileId: true,
      coverFileId: true,
      coverIsSample: true,
      cover: { select: { visibility: true, contentType: true, width: true, height: true } },
    },
  });

const png = async (width = 1200, height = 400) =>
  new File([await makeImage("png", width, height)], "sampul.png", { type: "image/png" });

const coverOf = (listingId: string) =>
  prisma.listing.findUniqueOrThrow({
    where: { id: listingId },
    select: { coverFileId: true, coverIsSample: true, version: true, cover: { select: { visibility: true } } },
  });

beforeEach(() => {
  session.token = null;
});

describe("an owner's cover", () => {
  it("waits in the revision, private, until staff approve it; then the profile shows it at its size", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id, { status: "PUBLISHED", coverIsSample: true });
    await signIn(owner.id);

    const answer = await post(saveListingChangesAction, await listingForm(listing.id, { cover: await png() }));
    expect(answer.redirect).toBeDefined();
    const revision = await prisma.listingRevision.findUniqueOrThrow({ where: { pendingListingId: listing.id } });
    const proposed = (revision.changes as { coverFileId?: string }).coverFileId;
    expect(proposed).toEqual(expect.any(String));
    expect(await coverOf(listing.id)).toMatchObject({ coverFileId: null, coverIsSample: true });
    const file = await prisma.storedFile.findUniqueOrThrow({ where: { id: proposed } });
    expect(file).toMatchObject({ visibility: "PRIVATE", contentType: "image/webp", width: 1200, height: 400 });

    const { version } = await coverOf(listing.id);
    expect(await approveRevision(staff, revision.id, version)).toMatchObject({ ok: true });
    expect(await coverOf(listing.id)).toMatchObject({
      coverFileId: proposed,
      coverIsSample: false,
      cover: { visibility: "PUBLIC" },
    });
    const profile = await getPublishedListingProfile(listing.kind, listing.slug);
    expect(profile).toMatchObject({ coverFileId: proposed, coverWidth: 1200, coverHeight: 400, coverIsSample: false });
  });

  it("is taken down by an approved revision, and the old file stops being public", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id, { status: "PUBLISHED" });
    const old = await prisma.storedFile.create({
      data: {
        visibility: "PUBLIC",
        storageKey: crypto.randomUUID().replace(/-/g, ""),
        contentType: "image/webp",
        byteSize: 10,
      },
    });
    await prisma.listing.update({ where: { id: listing.id }, data: { coverFileId: old.id } });
    await signIn(owner.id);

    await post(saveListingChangesAction, await listingForm(listing.id, { removeCover: "1" }));
    const revision = await prisma.listingRevision.findUniqueOrThrow({ where: { pendingListingId: listing.id } });
    expect(revision.changes).toMatchObject({ removeCover: true });
    expect((await coverOf(listing.id)).coverFileId).toBe(old.id);

    expect(await approveRevision(staff, revision.id, (await coverOf(listing.id)).version)).toMatchObject({ ok: true });
    expect((await coverOf(listing.id)).coverFileId).toBeNull();
    expect((await prisma.storedFile.findUniqueOrThrow({ where: { id: old.id } })).visibility).toBe("PRIVATE");
  });

  it.each([
    [
      "a file that is not an image",
      () => new File([svgText], "sampul.png", { type: "image/png" }),
      "fileTypeNotAllowed",
    ],
    ["a file over the size limit", () => new File([new Uint8Array(5 * 1024 * 1024 + 1)], "besar.jpg"), "fileTooLarge"],
  ])("refuses %s on the cover field, writing nothing (not even the logo sent with it)", async (_case, file, error) => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, { status: "PUBLISHED" });
    await signIn(owner.id);
    const filesBefore = await prisma.storedFile.count();
    const logo = new File([await makeImage("png")], "logo.png", { type: "image/png" });

    const answer = await post(saveListingChangesAction, await listingForm(listing.id, { logo, cover: file() }));
    expect(answer.state?.fieldErrors).toEqual({ cover: [error] });
    expect(await prisma.listingRevision.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.storedFile.count()).toBe(filesBefore);
    expect(await coverOf(listing.id)).toMatchObject({ coverFileId: null, version: listing.version });
  });
});

describe("staff's cover", () => {
  it("is set at once on a published listing (public), replaces a sample pattern, and can be removed", async () => {
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(staff.id, { status: "PUBLISHED", coverIsSample: true });
    await signIn(staff.id);

    const saved = await post(saveListingAction, await staffForm(staff.id, listing.id, { cover: await png(1600, 600) }));
    expect(saved.redirect).toBeDefined();
    const set = await coverOf(listing.id);
    expect(set).toMatchObject({ coverIsSample: false, cover: { visibility: "PUBLIC" } });
    expect(set.coverFileId).toEqual(expect.any(String));

    await post(saveListingAction, await staffForm(staff.id, listing.id, { removeCover: "1" }));
    expect(await coverOf(listing.id)).toMatchObject({ coverFileId: null, coverIsSample: false });
    expect((await prisma.storedFile.findUniqueOrThrow({ where: { id: set.coverFileId! } })).visibility).toBe("PRIVATE");
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: listing.id, action: "listing.staffUpdate" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.after).toMatchObject({ removeCover: true });
  });

  it("is set on a listing staff create, public when it is published", async () => {
    const staff = await createUser({ role: "STAFF" });
    await signIn(staff.id);
    const name = uniqueName("Studio Sampul Petugas");
    const form = await newListingForm(name, { status: "PUBLISHED", cover: await png() });

    expect((await post(createListingAction, form)).redirect).toBeDefined();
    const listing = await prisma.listing.findFirstOrThrow({
      where: { nameIndonesian: name },
      select: { status: true, coverIsSample: true, cover: { select: { visibility: true } } },
    });
    expect(listing).toMatchObject({ status: "PUBLISHED", coverIsSample: false, cover: { visibility: "PUBLIC" } });
  });

  it("refuses a bad cover on its field and writes nothing", async () => {
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(staff.id, { status: "PUBLISHED" });
    await signIn(staff.id);
    const filesBefore = await prisma.storedFile.count();
    const logo = new File([await makeImage("png")], "logo.png", { type: "image/png" });
    const cover = new File([svgText], "sampul.webp", { type: "image/webp" });

    const answer = await post(saveListingAction, await staffForm(staff.id, listing.id, { logo, cover }));
    expect(answer.state?.fieldErrors).toEqual({ cover: ["fileTypeNotAllowed"] });
    expect(await prisma.storedFile.count()).toBe(filesBefore);
    expect(await coverOf(listing.id)).toMatchObject({ coverFileId: null, version: listing.version });
  });
});

describe("a new listing's cover", () => {
  it("is proposed with the listing, private until staff approve; then the profile shows it and anyone is served it", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    await signIn(owner.id);

    const form = await newListingForm(uniqueName("Studio Sampul Baru"), {
      cover: await png(),
      confirmNotDuplicate: "1",
    });
    expect((await post(proposeNewListingAction, form)).redirect).toBeDefined();
    const [listing] = await proposedBy(owner.id);
    expect(listing).toMatchObject({
      status: "PENDING_REVIEW",
      coverIsSample: false,
      cover: { visibility: "PRIVATE", contentType: "image/webp", width: 1200, height: 400 },
    });
    const coverFileId = listing!.coverFileId!;
    expect(coverFileId).toEqual(expect.any(String));
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: listing!.id, action: "listing.propose" },
    });
    expect(audit.after).toMatchObject({ coverFileId });
    expect((await serve(coverFileId)).status, "the proposer sees it").toBe(200);
    session.token = null;
    expect((await serve(coverFileId)).status, "no one else before approval").toBe(404);
    expect(await getNewListingForReview(staff, listing!.id)).toMatchObject({
      coverFileId,
      proposed: { coverFileId },
    });

    expect(await approveNewListing(staff, listing!.id)).toMatchObject({ ok: true });
    expect((await proposedBy(owner.id))[0]).toMatchObject({ status: "PUBLISHED", cover: { visibility: "PUBLIC" } });
    const profile = await getPublishedListingProfile(listing!.kind, listing!.slug);
    expect(profile).toMatchObject({ coverFileId, coverWidth: 1200, coverHeight: 400, coverIsSample: false });
    expect((await serve(coverFileId)).status).toBe(200);
    expect((await serve(coverFileId, "?w=640")).status).toBe(200);
  });

  it("refuses a bad cover on its field: no listing, and the logo and photo sent with it are deleted again", async () => {
    const owner = await createUser();
    await signIn(owner.id);
    const rowsBefore = await prisma.storedFile.count();
    const onDiskBefore = filesOnDisk();
    const form = await newListingForm(uniqueName("Studio Sampul Ditolak"), {
      logo: new File([await makeImage("png")], "logo.png", { type: "image/png" }),
      photos: new File([await makeImage("jpeg")], "foto.jpg", { type: "image/jpeg" }),
      cover: new File([svgText], "sampul.png", { type: "image/png" }),
      confirmNotDuplicate: "1",
    });

    const answer = await post(proposeNewListingAction, form);
    expect(answer.state?.fieldErrors).toEqual({ cover: ["fileTypeNotAllowed"] });
    expect(answer.state?.pendingMedia).toEqual({ photoFileIds: [] });
    expect(await proposedBy(owner.id)).toEqual([]);
    expect(await prisma.storedFile.count()).toBe(rowsBefore);
    expect(filesOnDisk()).toBe(onDiskBefore);
  });

  it("is kept across the duplicate warning; a newly chosen one replaces it, and the kept one is deleted", async () => {
    const owner = await createUser();
    const existing = await createManagedListing((await createUser()).id, {
      nameIndonesian: uniqueName("Galeri Kembar"),
    });
    await signIn(owner.id);

    const first = await post(
      proposeNewListingAction,
      await newListingForm(existing.nameIndonesian, { cover: await png() }),
    );
    expect(first.state?.possibleDuplicates?.map((row) => row.id)).toContain(existing.id);
    const firstCover = first.state?.pendingMedia?.coverFileId;
    expect(firstCover).toEqual(expect.any(String));
    expect(await prisma.storedFile.findUniqueOrThrow({ where: { id: firstCover } })).toMatchObject({
      visibility: "PRIVATE",
      uploadedById: owner.id,
    });
    expect(await proposedBy(owner.id)).toEqual([]);

    // The warning again, with another cover chosen: it replaces the kept one.
    const second = await post(
      proposeNewListingAction,
      await newListingForm(existing.nameIndonesian, { cover: await png(1500, 500), pendingCoverFileId: firstCover! }),
    );
    const secondCover = second.state?.pendingMedia?.coverFileId;
    expect(secondCover).toEqual(expect.any(String));
    expect(secondCover).not.toBe(firstCover);
    expect(await prisma.storedFile.count({ where: { id: firstCover } })).toBe(0);

    // Confirmed, without choosing the file again: the kept cover goes with the proposal.
    const confirmed = await newListingForm(existing.nameIndonesian, {
      confirmNotDuplicate: "1",
      pendingCoverFileId: secondCover!,
    });
    expect((await post(proposeNewListingAction, confirmed)).redirect).toBeDefined();
    expect(await proposedBy(owner.id)).toMatchObject([
      { coverFileId: secondCover, cover: { visibility: "PRIVATE", width: 1500, height: 500 } },
    ]);
  });

  it("is kept across a field error too", async () => {
    const owner = await createUser();
    await signIn(owner.id);
    const form = await newListingForm("", { cover: await png() });
    const answer = await post(proposeNewListingAction, form);
    expect(answer.state?.fieldErrors?.nameIndonesian).toBeDefined();
    expect(answer.state?.pendingMedia?.coverFileId).toEqual(expect.any(String));
  });

  it("ignores a kept cover id that is another person's upload or already used", async () => {
    const owner = await createUser();
    const other = await createUser();
    const othersUpload = await storeImageUpload(await png(), { purpose: "cover", uploaderId: other.id });
    const ownUsed = await storeImageUpload(await png(), { purpose: "cover", uploaderId: owner.id });
    if (!othersUpload.ok || !ownUsed.ok) throw new Error("upload failed");
    await createManagedListing(owner.id, { status: "PENDING_REVIEW", coverFileId: ownUsed.fileId });
    await signIn(owner.id);

    for (const fileId of [othersUpload.fileId, ownUsed.fileId]) {
      const name = uniqueName("Studio Sampul Pinjaman");
      const form = await newListingForm(name, { confirmNotDuplicate: "1", pendingCoverFileId: fileId });
      expect((await post(proposeNewListingAction, form)).redirect).toBeDefined();
      const listing = await prisma.listing.findFirstOrThrow({ where: { nameIndonesian: name } });
      expect(listing.coverFileId).toBeNull();
    }
    expect(await prisma.storedFile.findUniqueOrThrow({ where: { id: othersUpload.fileId } })).toMatchObject({
      visibility: "PRIVATE",
      uploadedById: other.id,
    });
  });

  it("stays with a rejected proposal like its logo: private, kept for a resubmission, never served to others", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    await signIn(owner.id);
    const form = await newListingForm(uniqueName("Studio Sampul Ditolak Petugas"), {
      logo: new File([await makeImage("png")], "logo.png", { type: "image/png" }),
      cover: await png(),
      confirmNotDuplicate: "1",
    });
    expect((await post(proposeNewListingAction, form)).redirect).toBeDefined();
    const [listing] = await proposedBy(owner.id);

    expect(await rejectNewListing(staff, listing!.id, "Data belum lengkap.")).toMatchObject({ ok: true });
    const rejected = (await prisma.listing.findUniqueOrThrow({
      where: { id: listing!.id },
      select: {
        status: true,
        logo: { select: { id: true, visibility: true } },
        cover: { select: { id: true, visibility: true } },
      },
    }))!;
    expect(rejected).toMatchObject({
      status: "REJECTED",
      logo: { visibility: "PRIVATE" },
      cover: { visibility: "PRIVATE" },
    });
    for (const file of [rejected.logo!, rejected.cover!]) {
      // Attached, so the clean-up of unused uploads leaves it alone, as the logo.
      await discardStoredFile(file.id);
      expect(await prisma.storedFile.count({ where: { id: file.id } })).toBe(1);
      expect((await serve(file.id)).status, "the proposer still sees it").toBe(200);
    }
    session.token = null;
    expect((await serve(rejected.cover!.id)).status).toBe(404);
  });
});
