import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { createListing, createSubsector } from "@/tests/support/factories";
import { sendEnquiry, submitEnquiry } from "./send-enquiry";

const SITE_URL = "https://ekraf.contoh.id";
const unique = () => crypto.randomBytes(4).toString("hex");

async function createUser(role: UserRole, overrides: { isDisabled?: boolean } = {}) {
  return prisma.user.create({
    data: { email: `${role.toLowerCase()}-${unique()}@contoh.id`, name: role, role, ...overrides },
  });
}

async function createPublishedListing(status: "PUBLISHED" | "DRAFT" | "INACTIVE" = "PUBLISHED") {
  return createListing({ primarySubsectorId: (await createSubsector()).id, status });
}

const enquiry = (listingId: string) => ({
  listingId,
  name: "Rina Pengunjung",
  email: `rina-${unique()}@contoh.id`,
  message: `Apakah menerima pesanan untuk acara kantor? ${unique()}`,
  locale: "id",
});

describe("sendEnquiry", () => {
  it("stores the enquiry and emails every active manager, with an audit entry that holds no personal data", async () => {
    const listing = await createPublishedListing();
    const [first, second, disabled] = [
      await createUser("OWNER"),
      await createUser("OWNER"),
      await createUser("OWNER", { isDisabled: true }),
    ];
    await prisma.listingManager.createMany({
      data: [first, second, disabled].map((user) => ({ listingId: listing.id, userId: user.id })),
    });
    const input = enquiry(listing.id);

    const result = await sendEnquiry(input, SITE_URL);

    const stored = await prisma.enquiry.findUniqueOrThrow({ where: { id: result!.enquiryId } });
    expect(stored).toMatchObject({
      listingId: listing.id,
      senderName: input.name,
      senderEmail: input.email,
      message: input.message,
      locale: "id",
      readAt: null,
    });
    const emails = await prisma.outboxEmail.findMany({ where: { bodyText: { contains: input.message } } });
    expect(emails.map((email) => email.to).sort()).toEqual([first.email, second.email].sort());
    expect(emails[0]?.bodyText).toContain(input.email);
    expect(emails[0]?.bodyText).toContain(`${SITE_URL}/akun/listing/${listing.id}/pesan`);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(audit).toMatchObject({ action: "enquiry.create", entityType: "Enquiry", actorId: null, actorRole: null });
    expect(JSON.stringify(audit.after)).not.toContain(input.email);
  });

  it("keeps a message to a listing without managers for the staff inbox and mails no one", async () => {
    const listing = await createPublishedListing();
    const staff = await createUser("STAFF");
    const input = enquiry(listing.id);

    const sent = await sendEnquiry(input, SITE_URL);

    expect(sent).not.toBeNull();
    const stored = await prisma.enquiry.findUniqueOrThrow({ where: { id: sent!.enquiryId } });
    expect(stored).toMatchObject({ isForStaff: true, answeredAt: null, message: input.message });
    expect(await prisma.outboxEmail.count({ where: { bodyText: { contains: input.message } } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { to: staff.email } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(audit.after).toMatchObject({ recipientCount: 0, isSentToStaff: true });
  });

  it.each(["DRAFT", "INACTIVE"] as const)("refuses a %s listing and writes nothing", async (status) => {
    const listing = await createPublishedListing(status);
    const manager = await createUser("OWNER");
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: manager.id } });

    expect(await sendEnquiry(enquiry(listing.id), SITE_URL)).toBeNull();
    expect(await prisma.enquiry.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { to: manager.email } })).toBe(0);
  });
});

describe("submitEnquiry (the contact form's answer)", () => {
  const context = (clientAddress: string | null = null) => ({ clientAddress, locale: "en", siteUrl: SITE_URL });
  const fields = (listingId: string) => {
    const { listingId: id, name, email, message } = enquiry(listingId);
    return { listingId: id, name, email, message, website: "" };
  };

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const listing = await createPublishedListing();
    expect(await submitEnquiry({ ...fields(listing.id), website: "https://spam.example" }, context())).toEqual({
      isSent: true,
    });
    expect(await prisma.enquiry.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it("stores a valid enquiry in the visitor's language", async () => {
    const listing = await createPublishedListing();
    // The listing has no manager: the visitor is told Disporapar reads the message.
    expect(await submitEnquiry(fields(listing.id), context())).toEqual({ isSent: true, isReadByStaff: true });
    expect(await prisma.enquiry.findFirst({ where: { listingId: listing.id } })).toMatchObject({ locale: "en" });
  });

  it("gives per-field errors and keeps what was typed", async () => {
    const listing = await createPublishedListing();
    const state = await submitEnquiry(
      { listingId: listing.id, name: "R", email: "bukan-email", message: "pendek", website: "" },
      context(),
    );
    expect(state.fieldErrors).toEqual({
      name: ["nameRequired"],
      email: ["emailInvalid"],
      message: ["messageTooShort"],
    });
    expect(state.values).toEqual({ name: "R", email: "bukan-email", message: "pendek" });
    expect(await prisma.enquiry.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it("says the listing is unavailable when it is not published", async () => {
    const listing = await createPublishedListing("DRAFT");
    expect((await submitEnquiry(fields(listing.id), context())).formError).toBe("unavailable");
  });

  it("limits enquiries per client address", async () => {
    const listing = await createPublishedListing();
    const address = `203.0.113.${crypto.randomInt(255)}-${unique()}`;
    for (let i = 0; i < 5; i++) expect((await submitEnquiry(fields(listing.id), context(address))).isSent).toBe(true);
    const refused = await submitEnquiry(fields(listing.id), context(address));
    expect(refused).toMatchObject({ formError: "rateLimited", retryAfterMinutes: 60 });
    expect(await prisma.enquiry.count({ where: { listingId: listing.id } })).toBe(5);
    expect((await submitEnquiry(fields(listing.id), context(`${address}-lain`))).isSent).toBe(true);
  });

  it("limits enquiries per email, whatever the address", async () => {
    const listing = await createPublishedListing();
    const sameSender = { ...fields(listing.id), email: `berulang-${unique()}@contoh.id` };
    for (let i = 0; i < 5; i++) await submitEnquiry(sameSender, context(`198.51.100.${i}-${unique()}`));
    expect((await submitEnquiry(sameSender, context(`198.51.100.9-${unique()}`))).formError).toBe("rateLimited");
  });
});
