import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveListingAction } from "@/lib/admin-listings/actions";
import { getListingForStaffEdit } from "@/lib/admin-listings/queries";
import { toStaffFormValues } from "@/lib/admin-listings/schemas";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { makeImage, svgText } from "@/tests/support/test-images";
import { saveListingChangesAction } from "./actions";
import { listingContentSelect, toListingContent, toListingFormState } from "./listing-content";
import { getPublishedListingProfile } from "./queries";
import { approveRevision } from "./revisions";

// A listing's cover through the real server actions, as the owner's and the staff editor's forms post it
// (docs/decisions/026): the owner's goes through a revision, staff's applies at once; a refused file writes nothing.

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
