import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { ListingStatus } from "@/lib/generated/prisma/enums";
import { createListing, createSubsector } from "@/tests/support/factories";
import { findRedirectForSlug, getPublishedListingProfile } from "./queries";

const suffix = () => crypto.randomBytes(4).toString("hex");

async function createCertificationType(overrides: { doesExpire?: boolean } = {}) {
  const id = suffix();
  return prisma.certificationType.create({
    data: {
      slug: `sertifikat-uji-${id}`,
      nameIndonesian: `Sertifikat Uji ${id}`,
      nameEn: `Test Certificate ${id}`,
      issuingBody: "Lembaga Uji",
      doesExpire: overrides.doesExpire ?? true,
      registryUrl: "https://registri.example.id",
    },
  });
}

let primary: Awaited<ReturnType<typeof createSubsector>>;
let other: Awaited<ReturnType<typeof createSubsector>>;

beforeAll(async () => {
  primary = await createSubsector();
  other = await createSubsector();
});

describe("getPublishedListingProfile", () => {
  it("returns a published listing with its subsectors, numbers for coordinates and only certified certificates", async () => {
    const type = await createCertificationType();
    const listing = await createListing({
      primarySubsectorId: primary.id,
      kind: "COWORKING",
      latitude: "-7.946497",
      longitude: "112.613729",
      whatsappNumber: "6281200001234",
      socialLinks: [
        { network: "instagram", url: "https://instagram.com/ruangujicontoh" },
        { network: "facebook", url: "javascript:alert(1)" },
        { network: "myspace", url: "https://myspace.com/x" },
      ],
      facts: { capacity: 40, openingHours: "Setiap hari 09.00–21.00", floors: "tiga", unknownFact: true },
      otherSubsectors: { create: [{ subsectorId: other.id }] },
    });
    const statuses = ["CERTIFIED", "APPLIED", "IN_REVIEW", "REJECTED", "REVOKED"] as const;
    for (const status of statuses) {
      await prisma.certification.create({
        data: {
          listingId: listing.id,
          typeId: type.id,
          status,
          number: `NO-${status}`,
          issuedOn: new Date("2020-04-01T00:00:00Z"),
          expiresOn: new Date("2025-03-31T00:00:00Z"),
        },
      });
    }

    const profile = await getPublishedListingProfile("COWORKING", listing.slug);

    expect(profile).not.toBeNull();
    expect(profile?.nameIndonesian).toBe(listing.nameIndonesian);
    expect(profile?.primarySubsector).toEqual({
      slug: primary.slug,
      nameIndonesian: primary.nameIndonesian,
      nameEn: primary.nameEn,
    });
    expect(profile?.otherSubsectors).toEqual([
      { slug: other.slug, nameIndonesian: other.nameIndonesian, nameEn: other.nameEn },
    ]);
    expect(profile?.latitude).toBe(-7.946497);
    expect(profile?.longitude).toBe(112.613729);
    expect(profile?.socialLinks).toEqual([{ network: "instagram", url: "https://instagram.com/ruangujicontoh" }]);
    expect(profile?.facts).toEqual({ capacity: 40, openingHours: "Setiap hari 09.00–21.00" });
    expect(profile?.certifications).toHaveLength(1);
    expect(profile?.certifications[0]).toMatchObject({
      number: "NO-CERTIFIED",
      status: "CERTIFIED",
      expiresOn: new Date("2025-03-31T00:00:00Z"),
      type: {
        nameIndonesian: type.nameIndonesian,
        nameEn: type.nameEn,
        issuingBody: "Lembaga Uji",
        registryUrl: "https://registri.example.id/",
      },
    });
  });

  it.each<ListingStatus>(["DRAFT", "PENDING_REVIEW", "INACTIVE", "ARCHIVED", "REJECTED"])(
    "returns null for a %s listing",
    async (status) => {
      const listing = await createListing({ primarySubsectorId: primary.id, status });
      expect(await getPublishedListingProfile("CREATIVE_BUSINESS", listing.slug)).toBeNull();
    },
  );

  it("returns null when the kind does not match the listing's kind", async () => {
    const listing = await createListing({ primarySubsectorId: primary.id, kind: "CREATIVE_BUSINESS" });
    expect(await getPublishedListingProfile("CAMPUS", listing.slug)).toBeNull();
    expect(await getPublishedListingProfile("CREATIVE_BUSINESS", listing.slug)).not.toBeNull();
  });

  it("returns null for a slug no listing has", async () => {
    expect(await getPublishedListingProfile("CREATIVE_BUSINESS", `tidak-ada-${suffix()}`)).toBeNull();
  });

  it("never carries monitoring data, managers or evidence", async () => {
    const nib = `9${Date.now()}`.slice(0, 13);
    const listing = await createListing({
      primarySubsectorId: primary.id,
      monitoring: {
        create: { nib, businessScale: "MENENGAH", workforceBand: "W20_99", turnoverBand: "FROM_2_5B_TO_50B" },
      },
    });
    const user = await prisma.user.create({
      data: { email: `pengelola-${suffix()}@contoh.id`, name: "Pengelola Rahasia" },
    });
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: user.id } });

    const profile = await getPublishedListingProfile("CREATIVE_BUSINESS", listing.slug);

    expect(profile).not.toBeNull();
    const serialized = JSON.stringify(profile);
    expect(serialized).not.toContain(nib);
    expect(serialized).not.toContain("MENENGAH");
    expect(serialized).not.toContain("FROM_2_5B_TO_50B");
    expect(serialized).not.toContain(user.email);
    expect(serialized).not.toContain("Pengelola Rahasia");
    expect(profile).not.toHaveProperty("monitoring");
    expect(profile).not.toHaveProperty("managers");
  });
});

describe("findRedirectForSlug", () => {
  it("finds the current path of a published listing an old slug points to", async () => {
    const listing = await createListing({ primarySubsectorId: primary.id, kind: "COMMUNITY" });
    const oldSlug = `slug-lama-${suffix()}`;
    await prisma.slugRedirect.create({ data: { oldSlug, listingId: listing.id } });

    expect(await findRedirectForSlug(oldSlug)).toEqual({ kind: "COMMUNITY", slug: listing.slug });
  });

  it("does not redirect to a listing that is not published", async () => {
    const listing = await createListing({ primarySubsectorId: primary.id, status: "ARCHIVED" });
    const oldSlug = `slug-lama-${suffix()}`;
    await prisma.slugRedirect.create({ data: { oldSlug, listingId: listing.id } });

    expect(await findRedirectForSlug(oldSlug)).toBeNull();
  });

  it("returns null for a slug that was never moved", async () => {
    expect(await findRedirectForSlug(`tidak-pernah-${suffix()}`)).toBeNull();
  });
});
