import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { inviteManager, revokeInvitation } from "./invite-manager";
import { acceptInvitation, findInvitation } from "./accept-invitation";
import { leaveListing } from "./leave-listing";
import { findManagedListingTeam } from "./queries";

const acceptUrl = (token: string) => `http://localhost/undangan?token=${token}`;
const tokenFrom = (body: string) => /token=([\w-]+)/.exec(body)?.[1] ?? "";

async function latestTokenFor(email: string) {
  const message = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return tokenFrom(message.bodyText);
}

const managerIds = async (listingId: string) =>
  (await prisma.listingManager.findMany({ where: { listingId }, select: { userId: true } })).map((row) => row.userId);

describe("co-manager invitations", () => {
  it("lets a manager invite someone who accepts once, signed in with the invited address", async () => {
    const owner = await createUser();
    const invitee = await createUser();
    const listing = await createManagedListing(owner.id);

    expect(await inviteManager(owner, listing.id, invitee.email, acceptUrl)).toEqual({ ok: true });
    const token = await latestTokenFor(invitee.email);
    const stored = await prisma.listingInvitation.findFirstOrThrow({ where: { listingId: listing.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 60 * 60 * 1000);
    expect(await findInvitation(token)).toMatchObject({ email: invitee.email, state: "valid" });

    expect(await acceptInvitation(invitee, token)).toEqual({ ok: true, listingId: listing.id });
    expect((await managerIds(listing.id)).sort()).toEqual([owner.id, invitee.id].sort());
    expect(await acceptInvitation(invitee, token)).toEqual({ ok: false, reason: "used" });
    expect(await findManagedListingTeam(invitee.id, listing.id)).not.toBeNull();
    expect(
      (
        await prisma.auditLog.findMany({
          where: { entityId: listing.id },
          orderBy: { createdAt: "asc" },
          select: { action: true },
        })
      ).map((entry) => entry.action),
    ).toEqual(["listing.inviteManager", "listing.acceptInvitation"]);
  });

  it("refuses an account with another email (the invitation stays usable) and an expired invitation", async () => {
    const owner = await createUser();
    const invitee = await createUser();
    const forwardedTo = await createUser();
    const listing = await createManagedListing(owner.id);
    await inviteManager(owner, listing.id, invitee.email, acceptUrl);
    const token = await latestTokenFor(invitee.email);

    expect(await acceptInvitation(forwardedTo, token)).toEqual({ ok: false, reason: "emailMismatch" });
    expect(await managerIds(listing.id)).toEqual([owner.id]);
    expect(await findInvitation(token)).toMatchObject({ state: "valid" });

    await prisma.listingInvitation.updateMany({
      where: { listingId: listing.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await acceptInvitation(invitee, token)).toEqual({ ok: false, reason: "expired" });
    expect(await acceptInvitation(invitee, "tidak-dikenal")).toEqual({ ok: false, reason: "invalid" });
    expect(await managerIds(listing.id)).toEqual([owner.id]);
  });

  it("does not let an owner invite to a listing they do not manage: refused, nothing written or sent", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const listing = await createManagedListing(owner.id);
    const target = "teman-orang-asing@contoh.id";

    expect(await inviteManager(stranger, listing.id, target, acceptUrl)).toEqual({ ok: false, reason: "notFound" });
    expect(await prisma.listingInvitation.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { to: target } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id } })).toBe(0);
    expect(await findManagedListingTeam(stranger.id, listing.id)).toBeNull();
  });

  it("replaces an earlier invitation to the same address and lets a manager withdraw one", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const invitee = await createUser();
    const listing = await createManagedListing(owner.id);
    await inviteManager(owner, listing.id, invitee.email, acceptUrl);
    const first = await latestTokenFor(invitee.email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await inviteManager(owner, listing.id, invitee.email, acceptUrl);
    expect(await findInvitation(first)).toMatchObject({ state: "expired" });

    const team = await findManagedListingTeam(owner.id, listing.id);
    expect(team?.invitations).toHaveLength(1);
    const invitationId = team!.invitations[0]!.id;
    expect(await revokeInvitation(stranger, listing.id, invitationId)).toBe(false);
    expect(await revokeInvitation(owner, listing.id, invitationId)).toBe(true);
    expect(await acceptInvitation(invitee, await latestTokenFor(invitee.email))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await inviteManager(owner, listing.id, owner.email, acceptUrl)).toEqual({
      ok: false,
      reason: "alreadyManager",
    });
  });
});

describe("leaveListing", () => {
  it("lets a co-manager leave but never the last manager", async () => {
    const owner = await createUser();
    const partner = await createUser();
    const listing = await createManagedListing(owner.id);
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: partner.id } });

    expect(await leaveListing(partner, listing.id)).toBe("left");
    expect(await leaveListing(partner, listing.id)).toBe("notManager");
    expect(await leaveListing(owner, listing.id)).toBe("lastManager");
    expect(await managerIds(listing.id)).toEqual([owner.id]);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id, action: "listing.leave" } })).toBe(1);
  });

  it("leaves one manager when the last two leave at the same moment", async () => {
    const first = await createUser();
    const second = await createUser();
    const listing = await createManagedListing(first.id);
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: second.id } });

    // The first manager's leaving holds the manager rows while the second manager's leaving starts.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let signalLocked!: () => void;
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const holder = prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "userId" FROM "ListingManager" WHERE "listingId" = ${listing.id} FOR UPDATE`;
      signalLocked();
      await released;
      await tx.listingManager.delete({ where: { listingId_userId: { listingId: listing.id, userId: first.id } } });
    });
    await locked;
    const racing = leaveListing(second, listing.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await holder;

    expect(await racing).toBe("lastManager");
    expect(await managerIds(listing.id)).toEqual([second.id]);
  });
});
