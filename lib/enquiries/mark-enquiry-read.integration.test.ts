import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { markEnquiryRead } from "./mark-enquiry-read";

async function createEnquiry(listingId: string) {
  return prisma.enquiry.create({
    data: {
      listingId,
      senderName: "Rina",
      senderEmail: "rina@contoh.id",
      message: "Apakah buka hari Minggu?",
      locale: "id",
    },
  });
}

describe("markEnquiryRead", () => {
  it("lets a manager mark a message read and unread again, audited each time", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id);
    const enquiry = await createEnquiry(listing.id);
    const actor = { id: owner.id, role: owner.role };

    expect(await markEnquiryRead(actor, listing.id, enquiry.id, true)).toBe("done");
    expect((await prisma.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } })).readAt).toBeInstanceOf(Date);
    expect(await markEnquiryRead(actor, listing.id, enquiry.id, true)).toBe("unchanged");
    expect(await markEnquiryRead(actor, listing.id, enquiry.id, false)).toBe("done");
    expect((await prisma.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } })).readAt).toBeNull();
    const audit = await prisma.auditLog.findMany({ where: { entityId: enquiry.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["enquiry.markRead", "enquiry.markUnread"]);
  });

  it("changes nothing for someone who does not manage the listing, even with the right ids", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const listing = await createManagedListing(owner.id);
    const enquiry = await createEnquiry(listing.id);
    expect(await markEnquiryRead({ id: stranger.id, role: stranger.role }, listing.id, enquiry.id, true)).toBe(
      "notFound",
    );
    expect((await prisma.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } })).readAt).toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: enquiry.id } })).toBe(0);
  });
});
