import { describe, expect, it, vi } from "vitest";
import { ForbiddenError } from "@/lib/auth/assert-role";
import type * as RecordAuditModule from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/client";
import type { CertificationStatus } from "@/lib/generated/prisma/enums";
import {
  createCertification,
  createCertificationType,
  createManagedListing,
  createUser,
} from "@/tests/support/factories";
import {
  applyForCertification,
  changeCertificationStatus,
  createCertificationAsStaff,
  editCertificationDetails,
  markCertificationChecked,
} from "./lifecycle";

// Lets one test make the audit write fail, to show the change and its history roll back with it.
const auditFailure = vi.hoisted(() => ({ shouldFail: false }));
vi.mock("@/lib/audit/record-audit", async (importOriginal) => {
  const actual = await importOriginal<typeof RecordAuditModule>();
  return {
    ...actual,
    recordAudit: async (...args: Parameters<typeof actual.recordAudit>) => {
      if (auditFailure.shouldFail) throw new Error("audit store unavailable");
      return actual.recordAudit(...args);
    },
  };
});

async function setUp(options: { status?: CertificationStatus; doesExpire?: boolean } = {}) {
  const owner = await createUser();
  const coManager = await createUser();
  const staff = await createUser({ role: "STAFF" });
  const listing = await createManagedListing(owner.id);
  await prisma.listingManager.create({ data: { listingId: listing.id, userId: coManager.id } });
  const type = await createCertificationType({ doesExpire: options.doesExpire ?? true });
  const status = options.status ?? "APPLIED";
  const isIssued = status === "CERTIFIED" || status === "REVOKED";
  const certification = await createCertification({
    listingId: listing.id,
    typeId: type.id,
    status,
    number: isIssued ? "NOMOR/UJI/001" : null,
    issuedOn: isIssued ? new Date("2024-01-10T00:00:00Z") : null,
    expiresOn: isIssued ? new Date("2034-01-09T00:00:00Z") : null,
  });
  return { owner, coManager, staff, listing, type, certification };
}

/** Everything a change may write, to show that a refused change wrote nothing. */
async function snapshot(certificationId: string, managerEmails: string[]) {
  return {
    certification: await prisma.certification.findUniqueOrThrow({ where: { id: certificationId } }),
    history: await prisma.certificationStatusChange.count({ where: { certificationId } }),
    audit: await prisma.auditLog.count({ where: { entityId: certificationId } }),
    emails: await prisma.outboxEmail.count({ where: { to: { in: managerEmails } } }),
  };
}

const certifyInput = (updatedAt: Date) => ({
  to: "CERTIFIED",
  number: "  IDM 000123456 ",
  issuedOn: "2025-03-01",
  expiresOn: "2035-02-28",
  note: "Cocok dengan PDKI.",
  expectedUpdatedAt: updatedAt,
});

describe("applyForCertification", () => {
  it("records an application by a manager as APPLIED, with its history row and audit entry", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType({ issuingBody: "BPJPH Kementerian Agama" });

    const result = await applyForCertification(owner, {
      listingId: listing.id,
      typeId: type.id,
      issuerName: "BPJPH Kementerian Agama",
      number: "",
      issuedOn: "",
      expiresOn: "",
    });

    expect(result).toMatchObject({ ok: true, listing: { kind: listing.kind, slug: listing.slug } });
    if (!result.ok) return;
    const certification = await prisma.certification.findUniqueOrThrow({
      where: { id: result.certificationId },
      include: { history: true },
    });
    // The usual issuer is not stored again: it is shown from the type.
    expect(certification).toMatchObject({ status: "APPLIED", appliedById: owner.id, issuerName: null, number: null });
    expect(certification.history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: "APPLIED", actorId: owner.id }),
    ]);
    const audit = await prisma.auditLog.findMany({ where: { entityId: certification.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: "certification.apply", actorId: owner.id, actorRole: "OWNER" }),
    ]);
  });

  it("keeps an issuer that differs from the type's usual one, and the dates", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType();
    const result = await applyForCertification(owner, {
      listingId: listing.id,
      typeId: type.id,
      issuerName: "LSP Desain Grafis Indonesia",
      number: "BNSP 123",
      issuedOn: "2025-01-02",
      expiresOn: "2028-01-01",
    });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(await prisma.certification.findUniqueOrThrow({ where: { id: result.certificationId } })).toMatchObject({
      issuerName: "LSP Desain Grafis Indonesia",
      number: "BNSP 123",
      issuedOn: new Date("2025-01-02T00:00:00Z"),
      expiresOn: new Date("2028-01-01T00:00:00Z"),
    });
  });

  it("refuses the owner of another listing and writes nothing", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    await createManagedListing(stranger.id);
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType();
    const auditBefore = await prisma.auditLog.count();

    expect(await applyForCertification(stranger, { listingId: listing.id, typeId: type.id })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await prisma.certification.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.certificationStatusChange.count({ where: { actorId: stranger.id } })).toBe(0);
    expect(await prisma.auditLog.count()).toBe(auditBefore);
  });

  it("refuses an expiry date that is not after the issue date", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType();
    const result = await applyForCertification(owner, {
      listingId: listing.id,
      typeId: type.id,
      issuedOn: "2025-05-05",
      expiresOn: "2025-05-05",
    });
    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: { expiresOn: ["expiryBeforeIssue"] } });
    expect(await prisma.certification.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it("refuses a second open application of the same type, and an inactive type", async () => {
    const owner = await createUser();
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType();
    const inactive = await createCertificationType({ isActive: false });
    expect((await applyForCertification(owner, { listingId: listing.id, typeId: type.id })).ok).toBe(true);
    expect(await applyForCertification(owner, { listingId: listing.id, typeId: type.id })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { typeId: ["alreadyPending"] },
    });
    expect(await applyForCertification(owner, { listingId: listing.id, typeId: inactive.id })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { typeId: ["typeRequired"] },
    });
    expect(await prisma.certification.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it("attaches the owner's own unused private upload as evidence, never someone else's", async () => {
    const owner = await createUser();
    const other = await createUser();
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType();
    const file = (uploadedById: string) =>
      prisma.storedFile.create({
        data: {
          visibility: "PRIVATE",
          storageKey: `uji/${crypto.randomUUID()}`,
          contentType: "application/pdf",
          byteSize: 10,
          uploadedById,
        },
      });
    const othersFile = await file(other.id);
    expect(
      await applyForCertification(owner, { listingId: listing.id, typeId: type.id, evidenceFileId: othersFile.id }),
    ).toEqual({ ok: false, reason: "invalid", fieldErrors: { evidenceFileId: ["evidenceInvalid"] } });
    // Nor the owner's own file already in use, e.g. as the cover of a proposed (still private) listing.
    const cover = await file(owner.id);
    await createManagedListing(owner.id, { status: "PENDING_REVIEW", coverFileId: cover.id });
    expect(
      await applyForCertification(owner, { listingId: listing.id, typeId: type.id, evidenceFileId: cover.id }),
    ).toEqual({ ok: false, reason: "invalid", fieldErrors: { evidenceFileId: ["evidenceInvalid"] } });

    const ownFile = await file(owner.id);
    const result = await applyForCertification(owner, {
      listingId: listing.id,
      typeId: type.id,
      evidenceFileId: ownFile.id,
    });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(
      (await prisma.certification.findUniqueOrThrow({ where: { id: result.certificationId } })).evidenceFileId,
    ).toBe(ownFile.id);
  });
});

describe("changeCertificationStatus", () => {
  const allowed: [CertificationStatus, CertificationStatus][] = [
    ["APPLIED", "IN_REVIEW"],
    ["APPLIED", "REJECTED"],
    ["IN_REVIEW", "CERTIFIED"],
    ["IN_REVIEW", "REJECTED"],
    ["CERTIFIED", "REVOKED"],
  ];

  it.each(allowed)(
    "%s → %s is recorded with who, when and the note, audited, and emailed to every manager",
    async (from, to) => {
      const { owner, coManager, staff, certification } = await setUp({ status: from });
      const note = to === "REJECTED" || to === "REVOKED" ? `Alasan uji ${from}→${to}` : undefined;
      const input =
        to === "CERTIFIED"
          ? certifyInput(certification.updatedAt)
          : { to, note, expectedUpdatedAt: certification.updatedAt };

      const result = await changeCertificationStatus(staff, certification.id, input);

      expect(result.ok).toBe(true);
      const after = await prisma.certification.findUniqueOrThrow({ where: { id: certification.id } });
      expect(after.status).toBe(to);
      const history = await prisma.certificationStatusChange.findMany({
        where: { certificationId: certification.id, fromStatus: from },
      });
      expect(history).toEqual([expect.objectContaining({ toStatus: to, actorId: staff.id, note: input.note ?? null })]);
      expect(history[0]!.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
      const audit = await prisma.auditLog.findMany({ where: { entityId: certification.id } });
      expect(audit).toEqual([
        expect.objectContaining({
          action: "certification.changeStatus",
          actorId: staff.id,
          actorRole: "STAFF",
          before: expect.objectContaining({ status: from }),
          after: expect.objectContaining({ status: to }),
        }),
      ]);
      const emails = await prisma.outboxEmail.findMany({ where: { to: { in: [owner.email, coManager.email] } } });
      expect(emails.map((email) => email.to).sort()).toEqual([owner.email, coManager.email].sort());
      if (input.note) for (const email of emails) expect(email.bodyText).toContain(input.note);
    },
  );

  it("stores the certificate's details when certifying (number tidied) and counts it as checked", async () => {
    const { staff, certification } = await setUp({ status: "IN_REVIEW" });
    const result = await changeCertificationStatus(staff, certification.id, certifyInput(certification.updatedAt));
    expect(result.ok).toBe(true);
    const after = await prisma.certification.findUniqueOrThrow({ where: { id: certification.id } });
    expect(after).toMatchObject({
      number: "IDM 000123456",
      issuedOn: new Date("2025-03-01T00:00:00Z"),
      expiresOn: new Date("2035-02-28T00:00:00Z"),
    });
    expect(after.lastCheckedAt).not.toBeNull();
  });

  const refused: [CertificationStatus, CertificationStatus][] = [
    ["APPLIED", "CERTIFIED"],
    ["APPLIED", "REVOKED"],
    ["IN_REVIEW", "REVOKED"],
    ["IN_REVIEW", "IN_REVIEW"],
    ["CERTIFIED", "REJECTED"],
    ["CERTIFIED", "IN_REVIEW"],
    ["REJECTED", "IN_REVIEW"],
    ["REJECTED", "CERTIFIED"],
    ["REVOKED", "CERTIFIED"],
    ["REVOKED", "IN_REVIEW"],
  ];

  it.each(refused)("refuses %s → %s and writes nothing", async (from, to) => {
    const { owner, coManager, staff, certification } = await setUp({ status: from });
    const before = await snapshot(certification.id, [owner.email, coManager.email]);
    const input =
      to === "CERTIFIED"
        ? certifyInput(certification.updatedAt)
        : { to, note: "Alasan", expectedUpdatedAt: certification.updatedAt };

    expect(await changeCertificationStatus(staff, certification.id, input)).toEqual({
      ok: false,
      reason: "transitionNotAllowed",
    });
    expect(await snapshot(certification.id, [owner.email, coManager.email])).toEqual(before);
  });

  it.each(["REJECTED", "REVOKED"] as const)("needs a reason to move to %s", async (to) => {
    const { owner, coManager, staff, certification } = await setUp({
      status: to === "REJECTED" ? "APPLIED" : "CERTIFIED",
    });
    const before = await snapshot(certification.id, [owner.email, coManager.email]);
    expect(
      await changeCertificationStatus(staff, certification.id, {
        to,
        note: "   ",
        expectedUpdatedAt: certification.updatedAt,
      }),
    ).toEqual({ ok: false, reason: "invalid", fieldErrors: { note: ["noteRequired"] } });
    expect(await snapshot(certification.id, [owner.email, coManager.email])).toEqual(before);
  });

  it("needs a number and an issue date to certify, and an expiry date when the type expires", async () => {
    const { staff, certification } = await setUp({ status: "IN_REVIEW", doesExpire: true });
    expect(
      await changeCertificationStatus(staff, certification.id, {
        to: "CERTIFIED",
        expectedUpdatedAt: certification.updatedAt,
      }),
    ).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { number: ["numberRequired"], issuedOn: ["issuedOnRequired"] },
    });
    expect(
      await changeCertificationStatus(staff, certification.id, {
        ...certifyInput(certification.updatedAt),
        expiresOn: "",
      }),
    ).toEqual({ ok: false, reason: "invalid", fieldErrors: { expiresOn: ["expiresOnRequired"] } });
    expect((await prisma.certification.findUniqueOrThrow({ where: { id: certification.id } })).status).toBe(
      "IN_REVIEW",
    );

    // A type without expiry (copyright, halal) is certified without an expiry date.
    const lasting = await setUp({ status: "IN_REVIEW", doesExpire: false });
    const result = await changeCertificationStatus(lasting.staff, lasting.certification.id, {
      ...certifyInput(lasting.certification.updatedAt),
      expiresOn: "",
    });
    expect(result.ok).toBe(true);
  });

  it("answers a conflict for a stale expectedUpdatedAt and writes nothing", async () => {
    const { owner, coManager, staff, certification } = await setUp({ status: "APPLIED" });
    const staleForm = new Date(certification.updatedAt.getTime() - 1000);
    const before = await snapshot(certification.id, [owner.email, coManager.email]);
    expect(
      await changeCertificationStatus(staff, certification.id, { to: "IN_REVIEW", expectedUpdatedAt: staleForm }),
    ).toEqual({ ok: false, reason: "conflict" });
    expect(await snapshot(certification.id, [owner.email, coManager.email])).toEqual(before);
  });

  it("lets exactly one of two simultaneous decisions on the same version win", async () => {
    const { staff, certification } = await setUp({ status: "APPLIED" });
    const otherStaff = await createUser({ role: "ADMIN" });
    const results = await Promise.all([
      changeCertificationStatus(staff, certification.id, {
        to: "IN_REVIEW",
        expectedUpdatedAt: certification.updatedAt,
      }),
      changeCertificationStatus(otherStaff, certification.id, {
        to: "REJECTED",
        note: "Berkas tidak terbaca.",
        expectedUpdatedAt: certification.updatedAt,
      }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "conflict" }]);
    expect(await prisma.certificationStatusChange.count({ where: { certificationId: certification.id } })).toBe(2);
  });

  it("refuses an owner (even a manager of the listing) and writes nothing", async () => {
    const { owner, coManager, certification } = await setUp({ status: "APPLIED" });
    const before = await snapshot(certification.id, [owner.email, coManager.email]);
    await expect(
      changeCertificationStatus(owner, certification.id, {
        to: "IN_REVIEW",
        expectedUpdatedAt: certification.updatedAt,
      }),
    ).rejects.toThrow(ForbiddenError);
    expect(await snapshot(certification.id, [owner.email, coManager.email])).toEqual(before);
  });

  it("writes the status, its history row, its audit entry and its emails in one transaction", async () => {
    const { owner, coManager, staff, certification } = await setUp({ status: "CERTIFIED" });
    const before = await snapshot(certification.id, [owner.email, coManager.email]);
    auditFailure.shouldFail = true;
    try {
      await expect(
        changeCertificationStatus(staff, certification.id, {
          to: "REVOKED",
          note: "Merek dihapus dari daftar umum.",
          expectedUpdatedAt: certification.updatedAt,
        }),
      ).rejects.toThrow("audit store unavailable");
    } finally {
      auditFailure.shouldFail = false;
    }
    expect(await snapshot(certification.id, [owner.email, coManager.email])).toEqual(before);
  });

  it("answers notFound for an unknown certification", async () => {
    const staff = await createUser({ role: "STAFF" });
    expect(
      await changeCertificationStatus(staff, "tidak-ada", { to: "IN_REVIEW", expectedUpdatedAt: new Date() }),
    ).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("createCertificationAsStaff", () => {
  it("records an issued certificate directly as CERTIFIED, with history, audit and emails", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType();
    const result = await createCertificationAsStaff(staff, {
      listingId: listing.id,
      typeId: type.id,
      number: "IDM000999",
      issuedOn: "2024-06-01",
      expiresOn: "2034-05-31",
      note: "Dari dokumen asli saat monev.",
    });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const certification = await prisma.certification.findUniqueOrThrow({
      where: { id: result.certificationId },
      include: { history: true },
    });
    expect(certification).toMatchObject({ status: "CERTIFIED", number: "IDM000999", appliedById: null });
    expect(certification.lastCheckedAt).not.toBeNull();
    expect(certification.history).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: "CERTIFIED",
        actorId: staff.id,
        note: "Dari dokumen asli saat monev.",
      }),
    ]);
    expect(
      await prisma.auditLog.count({ where: { entityId: certification.id, action: "certification.createAsStaff" } }),
    ).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: owner.email } })).toBe(1);
  });

  it("refuses owners, a missing number and a missing expiry date of an expiring type", async () => {
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing(owner.id);
    const type = await createCertificationType({ doesExpire: true });
    const input = { listingId: listing.id, typeId: type.id, number: "X-1", issuedOn: "2024-06-01" };
    await expect(createCertificationAsStaff(owner, input)).rejects.toThrow(ForbiddenError);
    expect(await createCertificationAsStaff(staff, { ...input, number: "" })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { number: ["numberRequired"] },
    });
    expect(await createCertificationAsStaff(staff, input)).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { expiresOn: ["expiresOnRequired"] },
    });
    expect(await prisma.certification.count({ where: { listingId: listing.id } })).toBe(0);
  });
});

describe("editCertificationDetails", () => {
  it("corrects the details with an audit entry holding before and after", async () => {
    const { staff, certification } = await setUp({ status: "CERTIFIED" });
    const result = await editCertificationDetails(staff, certification.id, {
      number: "NOMOR/UJI/002",
      issuerName: "LSPro Uji",
      issuedOn: "2024-01-11",
      expiresOn: "2034-01-10",
      expectedUpdatedAt: certification.updatedAt.toISOString(),
    });
    expect(result.ok).toBe(true);
    expect(await prisma.certification.findUniqueOrThrow({ where: { id: certification.id } })).toMatchObject({
      number: "NOMOR/UJI/002",
      issuerName: "LSPro Uji",
      status: "CERTIFIED",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: certification.id, action: "certification.editDetails" },
    });
    expect(audit.before).toMatchObject({ number: "NOMOR/UJI/001", issuedOn: "2024-01-10", issuerName: null });
    expect(audit.after).toMatchObject({ number: "NOMOR/UJI/002", issuedOn: "2024-01-11", issuerName: "LSPro Uji" });
  });

  it("keeps a certified certificate's number, and refuses stale forms and owners", async () => {
    const { owner, staff, certification } = await setUp({ status: "CERTIFIED" });
    const input = {
      number: "",
      issuedOn: "2024-01-10",
      expiresOn: "2034-01-09",
      expectedUpdatedAt: certification.updatedAt.toISOString(),
    };
    expect(await editCertificationDetails(staff, certification.id, input)).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { number: ["numberRequired"] },
    });
    expect(
      await editCertificationDetails(staff, certification.id, {
        ...input,
        number: "BARU",
        expectedUpdatedAt: "2020-01-01T00:00:00.000Z",
      }),
    ).toEqual({ ok: false, reason: "conflict" });
    await expect(editCertificationDetails(owner, certification.id, { ...input, number: "BARU" })).rejects.toThrow(
      ForbiddenError,
    );
    expect((await prisma.certification.findUniqueOrThrow({ where: { id: certification.id } })).number).toBe(
      "NOMOR/UJI/001",
    );
    expect(await prisma.auditLog.count({ where: { entityId: certification.id } })).toBe(0);
  });
});

describe("markCertificationChecked", () => {
  it("records when staff last checked it, audited; owners cannot", async () => {
    const { owner, staff, certification } = await setUp({ status: "CERTIFIED" });
    await expect(markCertificationChecked(owner, certification.id)).rejects.toThrow(ForbiddenError);
    expect(
      (await prisma.certification.findUniqueOrThrow({ where: { id: certification.id } })).lastCheckedAt,
    ).toBeNull();

    expect((await markCertificationChecked(staff, certification.id)).ok).toBe(true);
    const after = await prisma.certification.findUniqueOrThrow({ where: { id: certification.id } });
    expect(after.lastCheckedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(
      await prisma.auditLog.count({ where: { entityId: certification.id, action: "certification.markChecked" } }),
    ).toBe(1);
  });
});
