import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createListing, createSubsector, createUser } from "@/tests/support/factories";
import { getListingContentSchema, type ListingContent } from "@/lib/listings/schemas";
import { listingContentSelect, toListingContent } from "@/lib/listings/listing-content";
import { findRedirectForSlug, getPublishedListingProfile } from "@/lib/listings/queries";
import { changeListingStatus } from "@/lib/listings/change-listing-status";
import { markListingVerified } from "@/lib/listings/mark-listing-verified";
import { parseAdminListingFilters } from "./filters";
import { getListingForStaffEdit, listListingsForStaff } from "./queries";
import { createListingAsStaff, saveListingAsStaff } from "./save-listing";
import { newStaffListingFieldsSchema, staffListingFieldsSchema, type StaffListingFields } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

const contentFor = (subsectorId: string, overrides: Partial<Record<string, unknown>> = {}): ListingContent =>
  getListingContentSchema("CREATIVE_BUSINESS").parse({
    nameIndonesian: "Keramik Dinoyo Lestari",
    summaryIndonesian: "Perajin keramik hias di sentra Dinoyo sejak 1980-an.",
    primarySubsectorId: subsectorId,
    kecamatan: "LOWOKWARU",
    facts: { products: ["Vas", "Guci"] },
    ...overrides,
  });

const staffFieldsFor = (slug: string, overrides: Partial<StaffListingFields> = {}): StaffListingFields =>
  staffListingFieldsSchema.parse({ slug, isSample: true, ...overrides });

async function staffAndListing(overrides: Partial<Parameters<typeof createListing>[0]> = {}) {
  const staff = await createUser({ role: "STAFF" });
  const subsector = await createSubsector();
  const listing = await createListing({ ...overrides, primarySubsectorId: subsector.id });
  return { staff, subsector, listing };
}

const storedListing = (id: string) =>
  prisma.listing.findUniqueOrThrow({
    where: { id },
    select: { ...listingContentSelect, version: true, slug: true, status: true, updatedAt: true },
  });

describe("creating a listing as staff", () => {
  it("creates it directly in the chosen status, with monitoring data and an audit entry", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const result = await createListingAsStaff(
      staff,
      "CREATIVE_BUSINESS",
      contentFor(subsector.id),
      newStaffListingFieldsSchema.parse({
        status: "PUBLISHED",
        isSample: false,
        nib: "1234 5678 90123",
        businessScale: "MIKRO",
        sourceName: "Pendataan Disporapar 2024",
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const listing = await prisma.listing.findUniqueOrThrow({
      where: { id: result.listingId },
      include: { monitoring: true, managers: true },
    });
    expect(listing).toMatchObject({
      status: "PUBLISHED",
      isSample: false,
      createdById: staff.id,
      lastVerifiedById: staff.id,
      sourceName: "Pendataan Disporapar 2024",
    });
    expect(listing.slug).toMatch(/^keramik-dinoyo-lestari(-\d+)?$/);
    expect(listing.publishedAt).not.toBeNull();
    expect(listing.monitoring).toMatchObject({ nib: "1234567890123", businessScale: "MIKRO" });
    expect(listing.managers).toEqual([]);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id, action: "listing.staffCreate" } })).toBe(1);
  });

  it("refuses a slug another listing uses, and owners, writing nothing", async () => {
    const { staff, subsector, listing } = await staffAndListing();
    const owner = await createUser();
    const before = await prisma.listing.count();
    const fields = newStaffListingFieldsSchema.parse({ status: "DRAFT", isSample: true, slug: listing.slug });
    expect(await createListingAsStaff(staff, "CREATIVE_BUSINESS", contentFor(subsector.id), fields)).toEqual({
      ok: false,
      error: "slugTaken",
    });
    await expect(
      createListingAsStaff(owner, "CREATIVE_BUSINESS", contentFor(subsector.id), { ...fields, slug: undefined }),
    ).rejects.toThrow(ForbiddenError);
    expect(await prisma.listing.count()).toBe(before);
  });
});

describe("saving a listing as staff", () => {
  it("withdraws the replaced logo of a published listing from the public, and publishes the new one", async () => {
    const { staff, subsector, listing } = await staffAndListing({ status: "PUBLISHED" });
    const file = (visibility: "PUBLIC" | "PRIVATE") =>
      prisma.storedFile.create({
        data: {
          visibility,
          storageKey: crypto.randomUUID().replace(/-/g, ""),
          contentType: "image/webp",
          byteSize: 10,
          uploadedById: staff.id,
        },
      });
    const oldLogo = await file("PUBLIC");
    await prisma.listing.update({ where: { id: listing.id }, data: { logoFileId: oldLogo.id } });
    const newLogo = await file("PRIVATE");
    const result = await saveListingAsStaff(
      staff,
      listing.id,
      1,
      contentFor(subsector.id),
      staffFieldsFor(listing.slug),
      { logoFileId: newLogo.id },
    );
    expect(result.ok).toBe(true);
    const visibilityOf = async (id: string) =>
      (await prisma.storedFile.findUniqueOrThrow({ where: { id } })).visibility;
    expect(await visibilityOf(newLogo.id)).toBe("PUBLIC");
    expect(await visibilityOf(oldLogo.id)).toBe("PRIVATE");
  });

  it("saves every field, bumps the version and audits before and after in the same change", async () => {
    const { staff, subsector, listing } = await staffAndListing();
    const other = await createSubsector();
    const content = contentFor(subsector.id, { otherSubsectorIds: [other.id], summaryEn: "Ceramics from Dinoyo." });
    const result = await saveListingAsStaff(
      staff,
      listing.id,
      1,
      content,
      staffFieldsFor(listing.slug, { externalId: "IMPOR-42", workforceBand: "W5_19" }),
    );
    expect(result).toMatchObject({ ok: true, slug: listing.slug, previousSlug: listing.slug });
    const stored = await storedListing(listing.id);
    expect(stored.version).toBe(2);
    expect(toListingContent(stored)).toEqual(content);
    const edit = await getListingForStaffEdit(staff, listing.id);
    expect(edit?.staff).toMatchObject({ externalId: "IMPOR-42", workforceBand: "W5_19", isSample: true });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: listing.id, action: "listing.staffUpdate" },
    });
    expect(audit).toMatchObject({ actorId: staff.id, actorRole: "STAFF" });
    expect(audit.before).toMatchObject({ version: 1, content: { nameIndonesian: listing.nameIndonesian } });
    expect(audit.after).toMatchObject({ version: 2, content: { summaryEn: "Ceramics from Dinoyo." } });
  });

  it("writes nothing on a stale version and answers with the version saved in between", async () => {
    const { staff, subsector, listing } = await staffAndListing();
    const otherStaff = await createUser({ role: "ADMIN" });
    const first = contentFor(subsector.id, { summaryIndonesian: "Ringkasan dari petugas pertama yang menyimpan." });
    const second = contentFor(subsector.id, { summaryIndonesian: "Ringkasan dari petugas kedua yang terlambat." });

    expect((await saveListingAsStaff(staff, listing.id, 1, first, staffFieldsFor(listing.slug))).ok).toBe(true);
    const afterFirst = await storedListing(listing.id);
    const conflict = await saveListingAsStaff(
      otherStaff,
      listing.id,
      1,
      second,
      staffFieldsFor("slug-dari-petugas-kedua", { nib: "9876543210123" }),
    );

    expect(conflict).toMatchObject({ ok: false, error: "conflict", saved: { version: 2, slug: listing.slug } });
    if (conflict.ok || conflict.error !== "conflict") return;
    expect(conflict.saved.content.summaryIndonesian).toBe(first.summaryIndonesian);
    expect(await storedListing(listing.id)).toEqual(afterFirst);
    expect(await prisma.listingMonitoring.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.slugRedirect.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id, action: "listing.staffUpdate" } })).toBe(1);
  });

  it("leaves a redirect from the old slug, and moving back makes the old slug live again", async () => {
    const { staff, subsector, listing } = await staffAndListing();
    const newSlug = `${listing.slug}-baru`;
    const moved = await saveListingAsStaff(staff, listing.id, 1, contentFor(subsector.id), staffFieldsFor(newSlug));
    expect(moved).toMatchObject({ ok: true, slug: newSlug, previousSlug: listing.slug });
    expect(await findRedirectForSlug(listing.slug)).toEqual({ kind: "CREATIVE_BUSINESS", slug: newSlug });
    expect(await getPublishedListingProfile("CREATIVE_BUSINESS", newSlug)).not.toBeNull();

    const back = await saveListingAsStaff(staff, listing.id, 2, contentFor(subsector.id), staffFieldsFor(listing.slug));
    expect(back.ok).toBe(true);
    const redirects = await prisma.slugRedirect.findMany({ where: { listingId: listing.id } });
    expect(redirects.map((row) => row.oldSlug)).toEqual([newSlug]);
  });

  it("keeps a listing's old slugs reserved for it", async () => {
    const { staff, subsector, listing } = await staffAndListing();
    const other = await createListing({ primarySubsectorId: subsector.id });
    await prisma.slugRedirect.create({ data: { oldSlug: `${other.slug}-lama`, listingId: other.id } });
    const result = await saveListingAsStaff(
      staff,
      listing.id,
      1,
      contentFor(subsector.id),
      staffFieldsFor(`${other.slug}-lama`),
    );
    expect(result).toEqual({ ok: false, error: "slugTaken" });
    expect((await storedListing(listing.id)).version).toBe(1);
  });

  it("refuses owners (even managers) and anonymous callers without changing the row", async () => {
    const owner = await createUser();
    const { subsector, listing } = await staffAndListing({ managers: { create: { userId: owner.id } } });
    const before = await storedListing(listing.id);
    const content = contentFor(subsector.id, {
      summaryIndonesian: "Ringkasan yang tidak boleh tersimpan sama sekali.",
    });
    for (const actor of [owner, null]) {
      await expect(saveListingAsStaff(actor, listing.id, 1, content, staffFieldsFor("slug-lain"))).rejects.toThrow(
        ForbiddenError,
      );
      await expect(changeListingStatus(actor, listing.id, "archive")).rejects.toThrow(ForbiddenError);
      await expect(markListingVerified(actor, listing.id)).rejects.toThrow(ForbiddenError);
    }
    expect(await storedListing(listing.id)).toEqual(before);
    await expect(getListingForStaffEdit(owner, listing.id)).rejects.toThrow(ForbiddenError);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id } })).toBe(0);
  });
});

describe("the staff listing table", () => {
  it("filters by kecamatan, status, sample, staleness and reminders within a subsector", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const now = new Date("2030-06-01T00:00:00Z");
    const make = (overrides: object) => createListing({ primarySubsectorId: subsector.id, ...overrides });
    const fresh = await make({ kecamatan: "KLOJEN", lastVerifiedAt: now, isSample: false });
    const stale = await make({ kecamatan: "SUKUN", lastVerifiedAt: new Date(now.getTime() - 400 * DAY_MS) });
    const reminded = await make({
      kecamatan: "SUKUN",
      lastVerifiedAt: new Date(now.getTime() - 400 * DAY_MS),
      freshnessReminderSentAt: new Date(now.getTime() - 10 * DAY_MS),
    });
    const draft = await make({ kecamatan: "SUKUN", status: "DRAFT" });
    const ids = async (params: Record<string, string>) => {
      const filters = parseAdminListingFilters(
        { subsektor: subsector.slug, ...params },
        {
          subsectorSlugs: [subsector.slug],
        },
      );
      const result = await listListingsForStaff(staff, filters, now);
      return result.listings.map((listing) => listing.id).sort();
    };
    expect(await ids({})).toEqual([fresh.id, stale.id, reminded.id, draft.id].sort());
    expect(await ids({ kecamatan: "sukun", status: "PUBLISHED" })).toEqual([stale.id, reminded.id].sort());
    expect(await ids({ status: "DRAFT" })).toEqual([draft.id]);
    expect(await ids({ contoh: "0" })).toEqual([fresh.id]);
    expect(await ids({ basi: "1" })).toEqual([stale.id, reminded.id].sort());
    expect(await ids({ pengingat: "1" })).toEqual([reminded.id]);
    expect(await ids({ q: fresh.nameIndonesian.toLowerCase() })).toEqual([fresh.id]);
  });

  it("is for staff only", async () => {
    const owner = await createUser();
    const filters = parseAdminListingFilters({}, { subsectorSlugs: [] });
    await expect(listListingsForStaff(owner, filters)).rejects.toThrow(ForbiddenError);
    await expect(listListingsForStaff(null, filters)).rejects.toThrow(ForbiddenError);
  });
});
