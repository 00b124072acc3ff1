import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector } from "@/tests/support/factories";
import { reportProblem, submitProblemReport } from "./report-problem";

const newListing = async (status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
  createListing({ primarySubsectorId: (await createSubsector()).id, status });

describe("reportProblem", () => {
  it("files an open report for staff, audited without an actor", async () => {
    const listing = await newListing();
    const result = await reportProblem({
      listingId: listing.id,
      reason: "CLOSED",
      message: "Tempat ini sudah tutup sejak bulan lalu.",
      email: "warga@contoh.id",
    });
    const report = await prisma.problemReport.findUniqueOrThrow({ where: { id: result!.reportId } });
    expect(report).toMatchObject({
      listingId: listing.id,
      reason: "CLOSED",
      status: "OPEN",
      reporterEmail: "warga@contoh.id",
      handledById: null,
    });
    expect(await prisma.auditLog.findFirstOrThrow({ where: { entityId: report.id } })).toMatchObject({
      action: "problemReport.create",
      entityType: "ProblemReport",
      actorId: null,
    });
  });

  it("refuses an unpublished listing and writes nothing", async () => {
    const listing = await newListing("DRAFT");
    expect(
      await reportProblem({ listingId: listing.id, reason: "OTHER", message: "Ada yang salah di sini." }),
    ).toBeNull();
    expect(await prisma.problemReport.count({ where: { listingId: listing.id } })).toBe(0);
  });
});

describe("submitProblemReport (the report form's answer)", () => {
  const fields = (listingId: string) => ({
    listingId,
    reason: "WRONG_DETAILS",
    message: "Nomor teleponnya sudah tidak aktif.",
    email: "",
    website: "",
  });

  it("stores a report without an email when none is given", async () => {
    const listing = await newListing();
    expect(await submitProblemReport(fields(listing.id), { clientAddress: null })).toEqual({ isSent: true });
    expect(await prisma.problemReport.findFirst({ where: { listingId: listing.id } })).toMatchObject({
      reason: "WRONG_DETAILS",
      reporterEmail: null,
    });
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const listing = await newListing();
    expect(
      await submitProblemReport({ ...fields(listing.id), website: "http://spam.example" }, { clientAddress: null }),
    ).toEqual({ isSent: true });
    expect(await prisma.problemReport.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it("gives per-field errors for a missing reason, a short message and a bad email", async () => {
    const listing = await newListing();
    const state = await submitProblemReport(
      { listingId: listing.id, reason: "", message: "salah", email: "bukan-email", website: "" },
      { clientAddress: null },
    );
    expect(state.fieldErrors).toEqual({
      reason: ["reasonRequired"],
      message: ["messageTooShort"],
      email: ["emailInvalid"],
    });
    expect(await prisma.problemReport.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it("limits reports per client address", async () => {
    const listing = await newListing();
    const address = `192.0.2.${crypto.randomInt(255)}-${crypto.randomBytes(4).toString("hex")}`;
    for (let i = 0; i < 5; i++) await submitProblemReport(fields(listing.id), { clientAddress: address });
    expect((await submitProblemReport(fields(listing.id), { clientAddress: address })).formError).toBe("rateLimited");
    expect(await prisma.problemReport.count({ where: { listingId: listing.id } })).toBe(5);
  });
});
