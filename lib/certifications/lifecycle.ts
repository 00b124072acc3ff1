import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CertificationStatus, ListingKind } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { dateColumnToIsoDate } from "@/lib/dates";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import { getSiteUrl } from "@/lib/seo/site-url";
import { canTransition } from "./transitions";
import {
  certificationApplicationSchema,
  certificationDetailsSchema,
  certificationStatusChangeSchema,
  normalizeCertificateNumber,
  staffCertificationSchema,
  type CertificationApplicationInput,
  type CertificationDetailsInput,
  type CertificationFieldErrors,
  type CertificationStatusChangeInput,
  type StaffCertificationInput,
} from "./schemas";

// Every change here runs in one transaction with its history row (status changes) and its audit entry, and
// names its actor explicitly, so it can be tested without Next. Callers revalidate the public pages afterwards.

export type CertificationChangeResult =
  | { ok: true; certificationId: string; listing: { kind: ListingKind; slug: string } }
  | {
      ok: false;
      /** notFound: no such row, or a listing the owner does not manage; conflict: stale. Not staff: ForbiddenError. */
      reason: "notFound" | "conflict" | "transitionNotAllowed" | "invalid";
      fieldErrors?: CertificationFieldErrors;
    };

type Refusal = Extract<CertificationChangeResult, { ok: false }>;

const refuse = (reason: Refusal["reason"], fieldErrors?: CertificationFieldErrors): Refusal =>
  fieldErrors ? { ok: false, reason, fieldErrors } : { ok: false, reason };

/** A calendar day (YYYY-MM-DD) as a DATE column value: midnight UTC of that day. */
export function toDateColumn(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

const isoOrNull = (value: Date | null) => (value ? dateColumnToIsoDate(value) : null);

/** The issuer is stored only when it differs from the type's usual issuing body (shown in its place otherwise). */
function issuerNameFor(type: { issuingBody: string }, issuerName: string | undefined): string | null {
  return issuerName && issuerName !== type.issuingBody ? issuerName : null;
}

const managerEmailSelect = {
  managers: { select: { user: { select: { email: true, name: true, isDisabled: true, locale: true } } } },
} as const;

type StatusEmailContext = {
  managers: { user: { email: string; name: string; isDisabled: boolean; locale: string } }[];
  listingName: string;
  typeName: string;
  from: CertificationStatus | null;
  to: CertificationStatus;
  note: string | null;
};

/** One email per active manager, recorded in the change's transaction; delivered after it commits. */
async function recordStatusEmails(tx: Prisma.TransactionClient, context: StatusEmailContext): Promise<string[]> {
  const accountUrl = `${getSiteUrl()}/akun/sertifikasi`;
  const ids: string[] = [];
  for (const { user } of context.managers) {
    if (user.isDisabled) continue;
    ids.push(
      await recordTemplatedEmail(tx, user, "certificationStatusChanged", {
        recipientName: user.name,
        typeName: context.typeName,
        listingName: context.listingName,
        from: context.from,
        to: context.to,
        note: context.note,
        accountUrl,
      }),
    );
  }
  return ids;
}

async function deliverAll(emailIds: string[]) {
  for (const id of emailIds) await deliverEmail(id);
}

type Outcome = { result: CertificationChangeResult; emailIds: string[] };

/**
 * An owner records an application (or a certificate the listing holds, for staff to check) for a listing they
 * manage. For any other listing nothing is written and the answer is notFound.
 */
export async function applyForCertification(
  owner: AuditActor,
  input: CertificationApplicationInput,
): Promise<CertificationChangeResult> {
  const parsed = certificationApplicationSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid", z.flattenError(parsed.error).fieldErrors);
  const data = parsed.data;

  return prisma.$transaction(async (tx): Promise<CertificationChangeResult> => {
    const listing = await tx.listing.findFirst({
      where: { id: data.listingId, managers: { some: { userId: owner.id } } },
      select: { id: true, kind: true, slug: true },
    });
    if (!listing) return refuse("notFound");
    const type = await tx.certificationType.findFirst({
      where: { id: data.typeId, isActive: true },
      select: { id: true, issuingBody: true },
    });
    if (!type) return refuse("invalid", { typeId: ["typeRequired"] });
    const openApplications = await tx.certification.count({
      where: { listingId: listing.id, typeId: type.id, status: { in: ["APPLIED", "IN_REVIEW"] } },
    });
    if (openApplications > 0) return refuse("invalid", { typeId: ["alreadyPending"] });
    if (data.evidenceFileId) {
      // Only a private file this owner uploaded and that nothing else uses yet.
      const file = await tx.storedFile.findFirst({
        where: {
          id: data.evidenceFileId,
          uploadedById: owner.id,
          visibility: "PRIVATE",
          evidenceOf: { is: null },
          proofOf: { is: null },
          logoOf: { is: null },
          coverOf: { is: null },
          photoOf: { is: null },
        },
        select: { id: true },
      });
      if (!file) return refuse("invalid", { evidenceFileId: ["evidenceInvalid"] });
    }

    const certification = await tx.certification.create({
      data: {
        listingId: listing.id,
        typeId: type.id,
        status: "APPLIED",
        number: data.number ? normalizeCertificateNumber(data.number) : null,
        issuerName: issuerNameFor(type, data.issuerName),
        issuedOn: data.issuedOn ? toDateColumn(data.issuedOn) : null,
        expiresOn: data.expiresOn ? toDateColumn(data.expiresOn) : null,
        evidenceFileId: data.evidenceFileId ?? null,
        appliedById: owner.id,
        history: { create: { fromStatus: null, toStatus: "APPLIED", actorId: owner.id } },
      },
      select: { id: true, number: true, issuerName: true, issuedOn: true, expiresOn: true, evidenceFileId: true },
    });
    await recordAudit(tx, owner, {
      action: "certification.apply",
      entityType: "Certification",
      entityId: certification.id,
      after: {
        listingId: listing.id,
        typeId: type.id,
        status: "APPLIED",
        number: certification.number,
        issuerName: certification.issuerName,
        issuedOn: isoOrNull(certification.issuedOn),
        expiresOn: isoOrNull(certification.expiresOn),
        evidenceFileId: certification.evidenceFileId,
      },
    });
    return { ok: true, certificationId: certification.id, listing: { kind: listing.kind, slug: listing.slug } };
  });
}

/**
 * Staff record a decision: APPLIED → IN_REVIEW | REJECTED, IN_REVIEW → CERTIFIED | REJECTED, CERTIFIED → REVOKED.
 * `expectedUpdatedAt` is the row's updatedAt as the deciding staff member saw it: if anyone changed it since,
 * nothing is written and the answer is a conflict. The managers are emailed the change and its note.
 */
export async function changeCertificationStatus(
  staff: AuditActor,
  certificationId: string,
  input: CertificationStatusChangeInput,
): Promise<CertificationChangeResult> {
  assertStaff(staff);
  const parsed = certificationStatusChangeSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return fieldErrors.expectedUpdatedAt ? refuse("conflict") : refuse("invalid", fieldErrors);
  }
  const data = parsed.data;

  const { result, emailIds } = await prisma.$transaction(async (tx): Promise<Outcome> => {
    const none = (refusal: Refusal): Outcome => ({ result: refusal, emailIds: [] });
    const current = await tx.certification.findUnique({
      where: { id: certificationId },
      select: {
        id: true,
        status: true,
        updatedAt: true,
        number: true,
        issuedOn: true,
        expiresOn: true,
        lastCheckedAt: true,
        type: { select: { nameIndonesian: true, doesExpire: true } },
        listing: { select: { kind: true, slug: true, nameIndonesian: true, ...managerEmailSelect } },
      },
    });
    if (!current) return none(refuse("notFound"));
    if (current.updatedAt.getTime() !== data.expectedUpdatedAt.getTime()) return none(refuse("conflict"));
    if (!canTransition(current.status, data.to)) return none(refuse("transitionNotAllowed"));
    if (data.to === "CERTIFIED" && current.type.doesExpire && !data.expiresOn) {
      return none(refuse("invalid", { expiresOn: ["expiresOnRequired"] }));
    }

    const now = new Date();
    const certified =
      data.to === "CERTIFIED"
        ? {
            number: normalizeCertificateNumber(data.number ?? ""),
            issuedOn: toDateColumn(data.issuedOn ?? ""),
            expiresOn: data.expiresOn ? toDateColumn(data.expiresOn) : null,
            // Certifying means staff have just checked the certificate against the issuer.
            lastCheckedAt: now,
          }
        : null;
    // The updatedAt condition also covers a change committed between the read above and this write.
    const { count } = await tx.certification.updateMany({
      where: { id: current.id, updatedAt: current.updatedAt },
      data: { status: data.to, ...certified },
    });
    if (count !== 1) return none(refuse("conflict"));
    const note = data.note ?? null;
    await tx.certificationStatusChange.create({
      data: { certificationId: current.id, fromStatus: current.status, toStatus: data.to, note, actorId: staff.id },
    });
    await recordAudit(tx, staff, {
      action: "certification.changeStatus",
      entityType: "Certification",
      entityId: current.id,
      before: {
        status: current.status,
        number: current.number,
        issuedOn: isoOrNull(current.issuedOn),
        expiresOn: isoOrNull(current.expiresOn),
      },
      after: {
        status: data.to,
        note,
        ...(certified
          ? { number: certified.number, issuedOn: data.issuedOn ?? null, expiresOn: data.expiresOn ?? null }
          : {}),
      },
    });
    const ids = await recordStatusEmails(tx, {
      managers: current.listing.managers,
      listingName: current.listing.nameIndonesian,
      typeName: current.type.nameIndonesian,
      from: current.status,
      to: data.to,
      note,
    });
    return {
      result: {
        ok: true,
        certificationId: current.id,
        listing: { kind: current.listing.kind, slug: current.listing.slug },
      },
      emailIds: ids,
    };
  });
  await deliverAll(emailIds);
  return result;
}

/** Staff record a certificate that was already issued, directly as certified (history starts there). */
export async function createCertificationAsStaff(
  staff: AuditActor,
  input: StaffCertificationInput,
): Promise<CertificationChangeResult> {
  assertStaff(staff);
  const parsed = staffCertificationSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid", z.flattenError(parsed.error).fieldErrors);
  const data = parsed.data;

  const { result, emailIds } = await prisma.$transaction(async (tx): Promise<Outcome> => {
    const none = (refusal: Refusal): Outcome => ({ result: refusal, emailIds: [] });
    const listing = await tx.listing.findUnique({
      where: { id: data.listingId },
      select: { id: true, kind: true, slug: true, nameIndonesian: true, ...managerEmailSelect },
    });
    if (!listing) return none(refuse("notFound"));
    const type = await tx.certificationType.findFirst({
      where: { id: data.typeId, isActive: true },
      select: { id: true, nameIndonesian: true, issuingBody: true, doesExpire: true },
    });
    if (!type) return none(refuse("invalid", { typeId: ["typeRequired"] }));
    if (type.doesExpire && !data.expiresOn) return none(refuse("invalid", { expiresOn: ["expiresOnRequired"] }));

    const note = data.note ?? null;
    const certification = await tx.certification.create({
      data: {
        listingId: listing.id,
        typeId: type.id,
        status: "CERTIFIED",
        number: normalizeCertificateNumber(data.number),
        issuerName: issuerNameFor(type, data.issuerName),
        issuedOn: toDateColumn(data.issuedOn),
        expiresOn: data.expiresOn ? toDateColumn(data.expiresOn) : null,
        lastCheckedAt: new Date(),
        history: { create: { fromStatus: null, toStatus: "CERTIFIED", note, actorId: staff.id } },
      },
      select: { id: true, number: true, issuerName: true },
    });
    await recordAudit(tx, staff, {
      action: "certification.createAsStaff",
      entityType: "Certification",
      entityId: certification.id,
      after: {
        listingId: listing.id,
        typeId: type.id,
        status: "CERTIFIED",
        number: certification.number,
        issuerName: certification.issuerName,
        issuedOn: data.issuedOn,
        expiresOn: data.expiresOn ?? null,
        note,
      },
    });
    const ids = await recordStatusEmails(tx, {
      managers: listing.managers,
      listingName: listing.nameIndonesian,
      typeName: type.nameIndonesian,
      from: null,
      to: "CERTIFIED",
      note,
    });
    return {
      result: { ok: true, certificationId: certification.id, listing: { kind: listing.kind, slug: listing.slug } },
      emailIds: ids,
    };
  });
  await deliverAll(emailIds);
  return result;
}

/**
 * Corrects the number, dates and issuer. A certificate that is (or was) certified keeps a number and an issue
 * date, and an expiry date when its type expires. Stale `expectedUpdatedAt` → conflict, nothing written.
 */
export async function editCertificationDetails(
  staff: AuditActor,
  certificationId: string,
  input: CertificationDetailsInput,
): Promise<CertificationChangeResult> {
  assertStaff(staff);
  const parsed = certificationDetailsSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return fieldErrors.expectedUpdatedAt ? refuse("conflict") : refuse("invalid", fieldErrors);
  }
  const data = parsed.data;

  return prisma.$transaction(async (tx): Promise<CertificationChangeResult> => {
    const current = await tx.certification.findUnique({
      where: { id: certificationId },
      select: {
        id: true,
        status: true,
        updatedAt: true,
        number: true,
        issuerName: true,
        issuedOn: true,
        expiresOn: true,
        type: { select: { issuingBody: true, doesExpire: true } },
        listing: { select: { kind: true, slug: true } },
      },
    });
    if (!current) return refuse("notFound");
    if (current.updatedAt.getTime() !== data.expectedUpdatedAt.getTime()) return refuse("conflict");
    if (current.status === "CERTIFIED" || current.status === "REVOKED") {
      const fieldErrors: CertificationFieldErrors = {};
      if (!data.number) fieldErrors.number = ["numberRequired"];
      if (!data.issuedOn) fieldErrors.issuedOn = ["issuedOnRequired"];
      if (current.type.doesExpire && !data.expiresOn) fieldErrors.expiresOn = ["expiresOnRequired"];
      if (Object.keys(fieldErrors).length > 0) return refuse("invalid", fieldErrors);
    }

    const next = {
      number: data.number ? normalizeCertificateNumber(data.number) : null,
      issuerName: issuerNameFor(current.type, data.issuerName),
      issuedOn: data.issuedOn ? toDateColumn(data.issuedOn) : null,
      expiresOn: data.expiresOn ? toDateColumn(data.expiresOn) : null,
    };
    const { count } = await tx.certification.updateMany({
      where: { id: current.id, updatedAt: current.updatedAt },
      data: next,
    });
    if (count !== 1) return refuse("conflict");
    await recordAudit(tx, staff, {
      action: "certification.editDetails",
      entityType: "Certification",
      entityId: current.id,
      before: {
        number: current.number,
        issuerName: current.issuerName,
        issuedOn: isoOrNull(current.issuedOn),
        expiresOn: isoOrNull(current.expiresOn),
      },
      after: {
        number: next.number,
        issuerName: next.issuerName,
        issuedOn: isoOrNull(next.issuedOn),
        expiresOn: isoOrNull(next.expiresOn),
      },
    });
    return { ok: true, certificationId: current.id, listing: current.listing };
  });
}

/** Staff checked the certificate against the issuer's own registry today. */
export async function markCertificationChecked(
  staff: AuditActor,
  certificationId: string,
): Promise<CertificationChangeResult> {
  assertStaff(staff);
  return prisma.$transaction(async (tx): Promise<CertificationChangeResult> => {
    const current = await tx.certification.findUnique({
      where: { id: certificationId },
      select: { id: true, lastCheckedAt: true, listing: { select: { kind: true, slug: true } } },
    });
    if (!current) return refuse("notFound");
    const now = new Date();
    await tx.certification.update({ where: { id: current.id }, data: { lastCheckedAt: now } });
    await recordAudit(tx, staff, {
      action: "certification.markChecked",
      entityType: "Certification",
      entityId: current.id,
      before: { lastCheckedAt: current.lastCheckedAt?.toISOString() ?? null },
      after: { lastCheckedAt: now.toISOString() },
    });
    return { ok: true, certificationId: current.id, listing: current.listing };
  });
}
