import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { toListingFormState } from "@/lib/listings/listing-content";
import enMessages from "@/lib/i18n/messages/en/admin-listings.json";
import idMessages from "@/lib/i18n/messages/id/admin-listings.json";
import { createListing, createSubsector, createUser } from "@/tests/support/factories";
import { saveListingAction } from "./actions";
import { getListingForStaffEdit } from "./queries";
import { toStaffFormValues } from "./schemas";

// The staff editor's KBLI and NIB fields, posted through the real server action as the form sends them.

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
  headers: async () => new Headers({ "user-agent": "uji-kbli" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

async function signedInStaffAndListing() {
  const staff = await createUser({ role: "STAFF" });
  const now = Date.now();
  session.token = { userId: staff.id, sessionVersion: 0, signedInAt: now - 60_000, lastActiveAt: now - 1_000 };
  const stored = await prisma.user.findUniqueOrThrow({ where: { id: staff.id }, select: { sessionVersion: true } });
  session.token.sessionVersion = stored.sessionVersion;
  const subsector = await createSubsector();
  const listing = await createListing({ primarySubsectorId: subsector.id });
  return { staff, listing };
}

/** The editor's form for the stored listing, with some staff fields changed. */
async function editorForm(staffId: string, listingId: string, changes: Record<string, string>) {
  const snapshot = (await getListingForStaffEdit({ id: staffId, role: "STAFF" }, listingId))!;
  const form = new FormData();
  form.set("locale", "id");
  form.set("listingId", listingId);
  form.set("version", String(snapshot.version));
  const content = toListingFormState(snapshot.content, snapshot.kind);
  for (const [key, value] of Object.entries(content.values)) form.set(key, value);
  for (const id of content.otherSubsectorIds) form.append("otherSubsectorIds", id);
  for (const [key, value] of Object.entries({ ...toStaffFormValues(snapshot.staff), ...changes })) form.set(key, value);
  return form;
}

async function post(form: FormData) {
  try {
    return { state: await saveListingAction({}, form) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

const stored = (listingId: string) =>
  prisma.listing.findUniqueOrThrow({
    where: { id: listingId },
    select: {
      version: true,
      monitoring: { select: { nib: true, nibEvidence: true, nibVerifiedAt: true } },
      kbliCodes: { orderBy: { sortOrder: "asc" }, select: { version: true, code: true, title: true } },
    },
  });

beforeEach(() => {
  session.token = null;
});

describe("KBLI codes and NIB in the staff editor", () => {
  it.each([
    ["a four-digit code", "2020 | 1111 | Pertanian jagung", "kbliCodeInvalid"],
    ["an unknown edition", "2017 | 58110 | Penerbitan buku", "kbliVersionInvalid"],
    ["a line without separators", "58110 Penerbitan buku", "kbliLineInvalid"],
    ["the same code twice", "2020 | 58110 | Buku\n2020 | 58110 | Buku lagi", "kbliDuplicate"],
  ])("refuses %s and a bad NIB with per-field errors, writing nothing", async (_case, kbli, kbliError) => {
    const { staff, listing } = await signedInStaffAndListing();
    const before = await stored(listing.id);
    const answer = await post(await editorForm(staff.id, listing.id, { kbli, nib: "12345" }));
    expect(answer.state?.fieldErrors).toMatchObject({ kbli: [kbliError], nib: ["nibInvalid"] });
    // What was typed comes back to the form to correct.
    expect(answer.state?.staffForm).toMatchObject({ kbli, nib: "12345" });
    expect(await stored(listing.id)).toEqual(before);
    for (const messages of [idMessages, enMessages]) expect(messages.AdminListings.errors).toHaveProperty(kbliError);
  });

  it("refuses an evidence note without an NIB, writing nothing", async () => {
    const { staff, listing } = await signedInStaffAndListing();
    const answer = await post(await editorForm(staff.id, listing.id, { nibEvidence: "Sertifikat OSS dilihat" }));
    expect(answer.state?.fieldErrors).toEqual({ nibEvidence: ["nibEvidenceWithoutNib"] });
    expect((await stored(listing.id)).monitoring).toBeNull();
  });

  it("keeps KBLI codes with their leading zero and edition, and an NIB unverified until evidence is noted", async () => {
    const { staff, listing } = await signedInStaffAndListing();
    const kbli = "2020 | 01111 | Pertanian jagung\n\n2025 | 58110 | Penerbitan buku";
    const saved = await post(await editorForm(staff.id, listing.id, { kbli, nib: "1234 5678 90123" }));
    expect(saved.redirect).toMatch(/hasil=disimpan$/);
    const afterSave = await stored(listing.id);
    expect(afterSave.kbliCodes).toEqual([
      { version: 2020, code: "01111", title: "Pertanian jagung" },
      { version: 2025, code: "58110", title: "Penerbitan buku" },
    ]);
    expect(afterSave.monitoring).toEqual({ nib: "1234567890123", nibEvidence: null, nibVerifiedAt: null });

    await post(await editorForm(staff.id, listing.id, { nibEvidence: "Sertifikat NIB OSS ditunjukkan saat bimtek" }));
    const verified = (await stored(listing.id)).monitoring!;
    expect(verified.nibEvidence).toBe("Sertifikat NIB OSS ditunjukkan saat bimtek");
    expect(verified.nibVerifiedAt).toBeInstanceOf(Date);

    // Saving again unchanged keeps the verification date; a new number without new evidence is unverified.
    await post(await editorForm(staff.id, listing.id, {}));
    expect((await stored(listing.id)).monitoring!.nibVerifiedAt).toEqual(verified.nibVerifiedAt);
    await post(await editorForm(staff.id, listing.id, { nib: "9876543210123", nibEvidence: "" }));
    expect((await stored(listing.id)).monitoring).toEqual({
      nib: "9876543210123",
      nibEvidence: null,
      nibVerifiedAt: null,
    });
    expect((await stored(listing.id)).kbliCodes).toHaveLength(2);
  });
});
