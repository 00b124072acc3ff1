import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createCollaborationPost, createListing, createSubsector, createUser } from "@/tests/support/factories";
import { dismissPostReport, reportPost, submitPostReport } from "./report-post";

async function newPost(overrides: { isHidden?: boolean; listingStatus?: "PUBLISHED" | "ARCHIVED" } = {}) {
  const subsector = await createSubsector();
  const listing = await createListing({
    primarySubsectorId: subsector.id,
    status: overrides.listingStatus ?? "PUBLISHED",
  });
  return createCollaborationPost({
    listingId: listing.id,
    wantedSubsectorIds: [subsector.id],
    isHidden: overrides.isHidden ?? false,
  });
}

describe("reportPost", () => {
  it("files an open report for staff, audited without an actor", async () => {
    const post = await newPost();
    const result = await reportPost({
      postId: post.id,
      reason: "SCAM",
      message: "Meminta transfer uang muka sebelum bertemu.",
      email: "warga@contoh.id",
    });
    const report = await prisma.collaborationPostReport.findUniqueOrThrow({ where: { id: result!.reportId } });
    expect(report).toMatchObject({
      postId: post.id,
      reason: "SCAM",
      status: "OPEN",
      reporterEmail: "warga@contoh.id",
      handledById: null,
    });
    expect(await prisma.auditLog.findFirstOrThrow({ where: { entityId: report.id } })).toMatchObject({
      action: "collaborationPostReport.create",
      entityType: "CollaborationPostReport",
      actorId: null,
    });
  });

  it("refuses a hidden post, a post of an unpublished listing and an unknown post, writing nothing", async () => {
    const hidden = await newPost({ isHidden: true });
    const archived = await newPost({ listingStatus: "ARCHIVED" });
    for (const postId of [hidden.id, archived.id, "tidak-ada"]) {
      expect(await reportPost({ postId, reason: "SPAM", message: "Isinya iklan, bukan kolaborasi." })).toBeNull();
    }
    expect(await prisma.collaborationPostReport.count({ where: { postId: { in: [hidden.id, archived.id] } } })).toBe(0);
  });
});

describe("submitPostReport (the report form's answer)", () => {
  const fields = (postId: string) => ({
    postId,
    reason: "SPAM",
    message: "Postingan ini hanya iklan produk.",
    email: "",
    website: "",
  });

  it("stores a report without an email when none is given", async () => {
    const post = await newPost();
    expect(await submitPostReport(fields(post.id), { clientAddress: null })).toEqual({ isSent: true });
    expect(await prisma.collaborationPostReport.findFirst({ where: { postId: post.id } })).toMatchObject({
      reason: "SPAM",
      reporterEmail: null,
    });
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const post = await newPost();
    expect(
      await submitPostReport({ ...fields(post.id), website: "http://spam.example" }, { clientAddress: null }),
    ).toEqual({ isSent: true });
    expect(await prisma.collaborationPostReport.count({ where: { postId: post.id } })).toBe(0);
  });

  it("gives per-field errors for a missing reason, a short message and a bad email, and keeps what was typed", async () => {
    const post = await newPost();
    const state = await submitPostReport(
      { postId: post.id, reason: "BUKAN-ALASAN", message: "spam", email: "bukan-email", website: "" },
      { clientAddress: null },
    );
    expect(state.fieldErrors).toEqual({
      reason: ["reasonRequired"],
      message: ["messageTooShort"],
      email: ["emailInvalid"],
    });
    expect(state.values).toEqual({ reason: "BUKAN-ALASAN", message: "spam", email: "bukan-email" });
    expect(await prisma.collaborationPostReport.count({ where: { postId: post.id } })).toBe(0);
  });

  it("answers malformed input with a form error, never a throw: missing fields, a huge id, a hidden post", async () => {
    const hidden = await newPost({ isHidden: true });
    expect(await submitPostReport({}, { clientAddress: null })).toMatchObject({ formError: "unavailable" });
    expect(
      await submitPostReport({ ...fields("x".repeat(5000)), message: "y".repeat(50_000) }, { clientAddress: null }),
    ).toMatchObject({ formError: "unavailable" });
    expect(await submitPostReport(fields(hidden.id), { clientAddress: null })).toMatchObject({
      formError: "unavailable",
    });
    expect(await prisma.collaborationPostReport.count({ where: { postId: hidden.id } })).toBe(0);
  });

  it("limits reports per client address", async () => {
    const post = await newPost();
    const address = `192.0.2.${crypto.randomInt(255)}-${crypto.randomBytes(4).toString("hex")}`;
    for (let i = 0; i < 5; i++) await submitPostReport(fields(post.id), { clientAddress: address });
    const limited = await submitPostReport(fields(post.id), { clientAddress: address });
    expect(limited.formError).toBe("rateLimited");
    expect(limited.retryAfterMinutes).toBeGreaterThan(0);
    expect(await prisma.collaborationPostReport.count({ where: { postId: post.id } })).toBe(5);
  });
});

describe("dismissPostReport", () => {
  it("lets staff dismiss an open report once, with the note, who and when, audited; the post stays public", async () => {
    const staff = await createUser({ role: "STAFF" });
    const post = await newPost();
    const { reportId } = (await reportPost({ postId: post.id, reason: "OTHER", message: "Judulnya membingungkan." }))!;

    expect(await dismissPostReport(staff, reportId, "Bukan pelanggaran.")).toBe("handled");
    expect(await dismissPostReport(staff, reportId, "Dua kali.")).toBe("notOpen");
    expect(await dismissPostReport(staff, "tidak-ada", "Tidak ada.")).toBe("notFound");
    expect(await prisma.collaborationPostReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "HANDLED",
      handlingNote: "Bukan pelanggaran.",
      handledById: staff.id,
    });
    expect(
      await prisma.auditLog.findFirstOrThrow({
        where: { entityId: reportId, action: "collaborationPostReport.dismiss" },
      }),
    ).toMatchObject({ actorId: staff.id, after: { status: "HANDLED", postId: post.id } });
    expect((await prisma.collaborationPost.findUniqueOrThrow({ where: { id: post.id } })).isHidden).toBe(false);
  });

  it("refuses owners and disabled staff, leaving the report open", async () => {
    const post = await newPost();
    const { reportId } = (await reportPost({ postId: post.id, reason: "SPAM", message: "Iklan pinjaman online." }))!;
    const owner = await createUser();
    const disabled = await createUser({ role: "STAFF", isDisabled: true });
    for (const actor of [owner, disabled]) {
      await expect(dismissPostReport(actor, reportId, "Tidak relevan.")).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await prisma.collaborationPostReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("OPEN");
    expect(
      await prisma.auditLog.count({ where: { entityId: reportId, action: "collaborationPostReport.dismiss" } }),
    ).toBe(0);
  });
});
