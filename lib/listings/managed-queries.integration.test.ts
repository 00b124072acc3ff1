import { describe, expect, it } from "vitest";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { getManagedListingForEdit, getManagedListingKind, listManagedListings } from "./managed-queries";
import { proposeListingChanges } from "./revisions";
import { getListingContentSchema } from "./schemas";

describe("the listings a person manages", () => {
  it("are listed for their manager only, whatever their status, with a pending revision counted", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const published = await createManagedListing(owner.id, {
      kind: "COMMUNITY",
      nameIndonesian: "A Komunitas Dikelola",
    });
    const pending = await createManagedListing(owner.id, { status: "PENDING_REVIEW", nameIndonesian: "B Usulan Baru" });
    await createManagedListing(stranger.id);
    const content = getListingContentSchema("COMMUNITY").parse({
      nameIndonesian: "A Komunitas Dikelola",
      summaryIndonesian: "Ringkasan baru yang menunggu tinjauan staf.",
      primarySubsectorId: published.primarySubsectorId,
    });
    expect((await proposeListingChanges(owner, published.id, content)).ok).toBe(true);

    const listings = await listManagedListings(owner.id);
    expect(listings.map((listing) => listing.id)).toEqual([published.id, pending.id]);
    expect(listings[0]!.revisions).toHaveLength(1);
    expect(await getManagedListingKind(owner.id, published.id)).toBe("COMMUNITY");
    expect(await getManagedListingKind(stranger.id, published.id)).toBeNull();
  });

  it("open for editing with the pending revision's content, and not at all for someone else", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
    const content = getListingContentSchema("COMMUNITY").parse({
      nameIndonesian: listing.nameIndonesian,
      summaryIndonesian: "Ringkasan dari revisi yang belum ditinjau.",
      primarySubsectorId: listing.primarySubsectorId,
    });
    await proposeListingChanges(owner, listing.id, content);
    const editing = await getManagedListingForEdit(owner.id, listing.id);
    expect(editing?.form.values.summaryIndonesian).toBe("Ringkasan dari revisi yang belum ditinjau.");
    expect(editing?.latestRevision?.status).toBe("PENDING");
    expect(await getManagedListingForEdit((await createUser()).id, listing.id)).toBeNull();
  });
});
