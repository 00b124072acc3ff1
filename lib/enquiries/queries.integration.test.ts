import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector } from "@/tests/support/factories";
import { getManagedListingForInbox, listEnquiriesForManager, listMonthlyViewsForManager } from "./queries";

async function createOwner() {
  return prisma.user.create({
    data: { email: `pemilik-${crypto.randomBytes(4).toString("hex")}@contoh.id`, name: "Pemilik", role: "OWNER" },
  });
}

async function createManagedListing() {
  const owner = await createOwner();
  const listing = await createListing({ primarySubsectorId: (await createSubsector()).id });
  await prisma.listingManager.create({ data: { listingId: listing.id, userId: owner.id } });
  return { owner, listing };
}

describe("the owner's inbox", () => {
  it("lists a managed listing's enquiries newest first, 20 per page", async () => {
    const { owner, listing } = await createManagedListing();
    const start = Date.UTC(2026, 0, 1);
    await prisma.enquiry.createMany({
      data: Array.from({ length: 23 }, (_, index) => ({
        listingId: listing.id,
        senderName: `Pengirim ${index}`,
        senderEmail: `pengirim-${index}@contoh.id`,
        message: `Pesan nomor ${index}`,
        locale: "id",
        createdAt: new Date(start + index * 60_000),
      })),
    });

    const first = await listEnquiriesForManager(owner.id, listing.id, 1);
    expect(first.total).toBe(23);
    expect(first.pageCount).toBe(2);
    expect(first.enquiries).toHaveLength(20);
    expect(first.enquiries[0]?.message).toBe("Pesan nomor 22");
    const second = await listEnquiriesForManager(owner.id, listing.id, 2);
    expect(second.enquiries.map((enquiry) => enquiry.message)).toEqual([
      "Pesan nomor 2",
      "Pesan nomor 1",
      "Pesan nomor 0",
    ]);
  });

  it("gives another owner nothing: no listing, no enquiries, no views", async () => {
    const { listing } = await createManagedListing();
    const stranger = await createOwner();
    await prisma.enquiry.create({
      data: {
        listingId: listing.id,
        senderName: "A",
        senderEmail: "a@contoh.id",
        message: "Rahasia pemilik",
        locale: "id",
      },
    });
    await prisma.listingViewMonth.create({ data: { listingId: listing.id, month: new Date("2026-01-01"), views: 9 } });

    expect(await getManagedListingForInbox(stranger.id, listing.id)).toBeNull();
    expect(await listEnquiriesForManager(stranger.id, listing.id, 1)).toEqual({
      enquiries: [],
      total: 0,
      unread: 0,
      pageCount: 1,
    });
    expect(await listMonthlyViewsForManager(stranger.id, listing.id)).toEqual([]);
  });

  it("tables the last twelve Jakarta months of views, zero where there were none", async () => {
    const { owner, listing } = await createManagedListing();
    await prisma.listingViewMonth.createMany({
      data: [
        { listingId: listing.id, month: new Date("2026-03-01"), views: 4 },
        { listingId: listing.id, month: new Date("2025-12-01"), views: 7 },
        // Thirteen months back: outside the table.
        { listingId: listing.id, month: new Date("2025-02-01"), views: 99 },
      ],
    });
    const rows = await listMonthlyViewsForManager(owner.id, listing.id, new Date("2026-03-15T03:00:00Z"));
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 4)).toEqual([
      { month: "2026-03-01", views: 4 },
      { month: "2026-02-01", views: 0 },
      { month: "2026-01-01", views: 0 },
      { month: "2025-12-01", views: 7 },
    ]);
    expect(rows.reduce((sum, row) => sum + row.views, 0)).toBe(11);
  });
});
