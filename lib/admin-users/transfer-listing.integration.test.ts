import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { addListingManager, removeListingManager } from "./transfer-listing";
import { findListingManagement } from "./queries";

describe("transferring a listing's management", () => {
  it("lets an admin add a manager by email and remove the last manager, audited", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const owner = await createUser();
    const successor = await createUser();
    const listing = await createManagedListing(owner.id);

    expect(await addListingManager(admin, listing.id, successor.email)).toBe("added");
    expect(await addListingManager(admin, listing.id, successor.email)).toBe("alreadyManager");
    expect(await removeListingManager(admin, listing.id, owner.id)).toBe("removed");
    expect(await removeListingManager(admin, listing.id, owner.id)).toBe("notManager");

    const found = await findListingManagement(admin, listing.slug);
    expect(found?.managers.map((manager) => manager.user.id)).toEqual([successor.id]);
    expect(
      await prisma.auditLog.findMany({
        where: { entityType: "Listing", entityId: listing.id },
        orderBy: { createdAt: "asc" },
        select: { action: true, actorId: true },
      }),
    ).toEqual([
      { action: "listing.addManager", actorId: admin.id },
      { action: "listing.removeManager", actorId: admin.id },
    ]);
  });

  it("answers clearly for an unknown address or listing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const listing = await createManagedListing((await createUser()).id);
    expect(await addListingManager(admin, listing.id, "belum-terdaftar@contoh.id")).toBe("noAccount");
    expect(await addListingManager(admin, "tidak-ada", (await createUser()).email)).toBe("notFound");
    const disabled = await createUser({ isDisabled: true });
    expect(await addListingManager(admin, listing.id, disabled.email)).toBe("disabled");
  });

  it("refuses staff and owners, changing no manager", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id);

    await expect(addListingManager(staff, listing.id, staff.email)).rejects.toThrow(ForbiddenError);
    await expect(removeListingManager(owner, listing.id, owner.id)).rejects.toThrow(ForbiddenError);
    await expect(findListingManagement(staff, listing.id)).rejects.toThrow(ForbiddenError);
    expect(
      await prisma.listingManager.findMany({ where: { listingId: listing.id }, select: { userId: true } }),
    ).toEqual([{ userId: owner.id }]);
  });
});
