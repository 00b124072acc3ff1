import { describe, expect, it } from "vitest";
import {
  canTransition,
  isEditableByManager,
  isPublishedStatus,
  listAllowedStatusChanges,
  listingTransitions,
  statusAfter,
  statusColumns,
} from "./transitions";

describe("status changes", () => {
  it("offers only the changes that apply, and restores to where the listing was archived from", () => {
    expect(listAllowedStatusChanges("PUBLISHED")).toEqual(["deactivate", "archive"]);
    expect(listAllowedStatusChanges("PENDING_REVIEW")).toEqual(["publish", "archive"]);
    expect(listAllowedStatusChanges("ARCHIVED")).toEqual(["restore"]);
    expect(statusAfter("restore", "INACTIVE")).toBe("INACTIVE");
    expect(statusAfter("restore", null)).toBe("DRAFT");
  });
});

describe("the listing transition table", () => {
  it("lets staff decide only a listing waiting for review, and a manager's edit send a proposal back to review", () => {
    expect(canTransition("approve", "PENDING_REVIEW")).toBe(true);
    expect(canTransition("approve", "PUBLISHED")).toBe(false);
    expect(canTransition("reject", "REJECTED")).toBe(false);
    expect(canTransition("resubmit", "REJECTED")).toBe(true);
    expect(canTransition("resubmit", "PUBLISHED")).toBe(false);
    expect(canTransition("expire", "PUBLISHED")).toBe(true);
    expect(canTransition("expire", "INACTIVE")).toBe(false);
  });

  it("never leads out of the statuses the database knows, and archives from every live status", () => {
    const statuses = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "INACTIVE", "ARCHIVED"] as const;
    for (const [name, row] of Object.entries(listingTransitions)) {
      for (const from of row.from) expect(statuses, name).toContain(from);
      if (row.to !== "archivedFrom") expect(statuses, name).toContain(row.to);
    }
    for (const status of statuses.filter((status) => status !== "ARCHIVED"))
      expect(canTransition("archive", status)).toBe(true);
  });

  it("treats published and inactive content as public, and keeps archived listings from their managers", () => {
    expect(isPublishedStatus("INACTIVE")).toBe(true);
    expect(isPublishedStatus("PENDING_REVIEW")).toBe(false);
    expect(isEditableByManager("ARCHIVED")).toBe(false);
    expect(isEditableByManager("REJECTED")).toBe(true);
  });

  it("dates the first publication only, and remembers where an archived listing came from", () => {
    const now = new Date("2026-12-07T10:00:00Z");
    const earlier = new Date("2026-01-01T00:00:00Z");
    expect(statusColumns({ status: "PENDING_REVIEW", publishedAt: null }, "PUBLISHED", now)).toEqual({
      status: "PUBLISHED",
      archivedFromStatus: null,
      publishedAt: now,
    });
    expect(statusColumns({ status: "INACTIVE", publishedAt: earlier }, "PUBLISHED", now)).toEqual({
      status: "PUBLISHED",
      archivedFromStatus: null,
    });
    expect(statusColumns({ status: "INACTIVE", publishedAt: earlier }, "ARCHIVED", now)).toEqual({
      status: "ARCHIVED",
      archivedFromStatus: "INACTIVE",
    });
  });
});
