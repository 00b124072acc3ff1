import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createUser } from "@/tests/support/factories";
import { parseAuditFilters } from "./filters";
import { listAuditEntries, listEntityHistory } from "./queries";

describe("audit log queries", () => {
  it("filters by entity, actor email, action prefix and Jakarta days, newest first, for staff only", async () => {
    const staff = await createUser({ role: "STAFF" });
    const actor = await createUser({ role: "ADMIN" });
    const entityId = `entitas-${Date.now()}`;
    // 2026-03-01 23:30 WIB is 16:30 UTC the same day; 2026-03-02 00:30 WIB is 17:30 UTC on 1 March.
    await prisma.auditLog.createMany({
      data: [
        {
          actorId: actor.id,
          actorRole: "ADMIN",
          action: "user.disable",
          entityType: "User",
          entityId,
          createdAt: new Date("2026-03-01T16:30:00Z"),
        },
        {
          actorId: actor.id,
          actorRole: "ADMIN",
          action: "user.enable",
          entityType: "User",
          entityId,
          createdAt: new Date("2026-03-01T17:30:00Z"),
        },
        {
          actorId: null,
          action: "listing.other",
          entityType: "Listing",
          entityId,
          createdAt: new Date("2026-03-01T17:45:00Z"),
        },
      ],
    });

    const all = await listAuditEntries(staff, parseAuditFilters({ entitas: entityId }));
    expect(all.entries.map((entry) => entry.action)).toEqual(["listing.other", "user.enable", "user.disable"]);
    expect(all.entries[1]!.actor).toEqual({ id: actor.id, name: actor.name, email: actor.email });

    const onFirstMarch = await listAuditEntries(
      staff,
      parseAuditFilters({ entitas: entityId, dari: "2026-03-01", sampai: "2026-03-01" }),
    );
    expect(onFirstMarch.entries.map((entry) => entry.action)).toEqual(["user.disable"]);
    const byActor = await listAuditEntries(
      staff,
      parseAuditFilters({ entitas: entityId, aktor: actor.email.toUpperCase(), aksi: "user." }),
    );
    expect(byActor.total).toBe(2);
    const byType = await listAuditEntries(staff, parseAuditFilters({ tipe: "Listing", entitas: entityId }));
    expect(byType.entries.map((entry) => entry.action)).toEqual(["listing.other"]);
    const unknown = await listAuditEntries(staff, parseAuditFilters({ aktor: "tidak-ada@contoh.id" }));
    expect(unknown).toMatchObject({ total: 0, isUnknownActor: true });

    expect((await listEntityHistory(staff, "User", entityId)).map((entry) => entry.action)).toEqual([
      "user.enable",
      "user.disable",
    ]);
    const owner = await createUser();
    await expect(listAuditEntries(owner, parseAuditFilters({}))).rejects.toThrow(ForbiddenError);
    await expect(listEntityHistory(owner, "User", entityId)).rejects.toThrow(ForbiddenError);
  });
});
