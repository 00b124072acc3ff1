import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ListingKind, ListingStatus } from "@/lib/generated/prisma/enums";
import { listingContentSelect, toListingContent } from "@/lib/listings/listing-content";
import { applyListingContent, insertListing } from "@/lib/listings/listing-writes";
import type { ListingContent } from "@/lib/listings/schemas";
import type { ListingMedia } from "@/lib/listings/revision-changes";
import { createUniqueSlug } from "@/lib/listings/slugs";
import type { NewStaffListingFields, StaffListingFields } from "./schemas";
import { assertStaff } from "@/lib/auth/assert-role";
import type { KbliVersion } from "@/lib/kbli/kbli-codes";

type Tx = Prisma.TransactionClient;

/** What the staff editor uploaded (private until the listing is public) or asked to take down. */
export type StaffListingMedia = Pick<ListingMedia, "logoFileId" | "coverFileId" | "removeCover">;

/** A listing as staff edit it: its content, the staff-only fields and the version it was read at. */
export type StaffListingSnapshot = {
  version: number;
  kind: ListingKind;
  slug: string;
  status: ListingStatus;
  content: ListingContent;
  staff: StaffListingFields;
  /** When staff last saved the NIB with evidence; null: the NIB (if any) is unverified. */
  nibVerifiedAt: Date | null;
  /** The cover upload (public or not yet) and whether the listing shows sample artwork instead. */
  cover: { fileId: string | null; isSample: boolean };
};

type SaveError = "notFound" | "subsectorUnknown" | "slugTaken" | "externalIdTaken";

export type CreateListingResult =
  | { ok: true; listingId: string; kind: ListingKind; slug: string; status: ListingStatus }
  | { ok: false; error: Exclude<SaveError, "notFound"> };

export type SaveListingResult =
  | { ok: true; kind: ListingKind; slug: string; previousSlug: string; status: ListingStatus }
  | { ok: false; error: SaveError }
  | { ok: false; error: "conflict"; saved: StaffListingSnapshot };

const snapshotSelect = {
  ...listingContentSelect,
  version: true,
  kind: true,
  slug: true,
  status: true,
  isSample: true,
  sourceName: true,
  sourceUrl: true,
  externalId: true,
  logoFileId: true,
  coverFileId: true,
  coverIsSample: true,
  monitoring: {
    select: {
      nib: true,
      nibEvidence: true,
      nibVerifiedAt: true,
      businessScale: true,
      workforceBand: true,
      turnoverBand: true,
    },
  },
  kbliCodes: { orderBy: { sortOrder: "asc" }, select: { version: true, code: true, title: true } },
} as const;

const orUndefined = <T>(value: T | null | undefined) => value ?? undefined;

/** The stored listing as the staff editor shows it (the edit page, and a conflict's "saved version"). */
export async function readStaffListingSnapshot(tx: Tx, listingId: string): Promise<StaffListingSnapshot | null> {
  const listing = await tx.listing.findUnique({ where: { id: listingId }, select: snapshotSelect });
  if (!listing) return null;
  return {
    version: listing.version,
    kind: listing.kind,
    slug: listing.slug,
    status: listing.status,
    content: toListingContent(listing),
    staff: {
      slug: listing.slug,
      isSample: listing.isSample,
      sourceName: orUndefined(listing.sourceName),
      sourceUrl: orUndefined(listing.sourceUrl),
      externalId: orUndefined(listing.externalId),
      nib: orUndefined(listing.monitoring?.nib),
      nibEvidence: orUndefined(listing.monitoring?.nibEvidence),
      kbli: listing.kbliCodes.map((entry) => ({ ...entry, version: entry.version as KbliVersion })),
      businessScale: orUndefined(listing.monitoring?.businessScale),
      workforceBand: orUndefined(listing.monitoring?.workforceBand),
      turnoverBand: orUndefined(listing.monitoring?.turnoverBand),
    },
    nibVerifiedAt: listing.monitoring?.nibVerifiedAt ?? null,
    cover: { fileId: listing.coverFileId, isSample: listing.coverIsSample },
  };
}

async function findSaveProblem(
  tx: Tx,
  listingId: string | null,
  content: ListingContent,
  staff: { slug?: string; externalId?: string },
): Promise<Exclude<SaveError, "notFound"> | null> {
  const subsectorIds = [content.primarySubsectorId, ...content.otherSubsectorIds];
  if ((await tx.subsector.count({ where: { id: { in: subsectorIds } } })) !== new Set(subsectorIds).size)
    return "subsectorUnknown";
  if (staff.slug) {
    const other = { NOT: { id: listingId ?? "" } };
    const [usedBySlug, usedByRedirect] = await Promise.all([
      tx.listing.count({ where: { slug: staff.slug, ...other } }),
      tx.slugRedirect.count({ where: { oldSlug: staff.slug, listing: other } }),
    ]);
    // Old slugs stay reserved for the listing they redirect to, so an old link never lands on someone else.
    if (usedBySlug + usedByRedirect > 0) return "slugTaken";
  }
  if (staff.externalId) {
    const used = await tx.listing.count({ where: { externalId: staff.externalId, NOT: { id: listingId ?? "" } } });
    if (used > 0) return "externalIdTaken";
  }
  return null;
}

/**
 * The monitoring row to store. An NIB counts as verified only with staff's evidence note; the verification date
 * stays while number and note are unchanged, and a new number or note is a new verification (today).
 */
const monitoringOf = (
  staff: StaffListingFields | NewStaffListingFields,
  before?: { staff: StaffListingFields; nibVerifiedAt: Date | null },
  now = new Date(),
) => {
  const isVerified = Boolean(staff.nib && staff.nibEvidence);
  const isUnchanged =
    before?.nibVerifiedAt && before.staff.nib === staff.nib && before.staff.nibEvidence === staff.nibEvidence;
  return {
    nib: staff.nib ?? null,
    nibEvidence: isVerified ? staff.nibEvidence! : null,
    nibVerifiedAt: isVerified ? (isUnchanged ? before!.nibVerifiedAt : now) : null,
    businessScale: staff.businessScale ?? null,
    workforceBand: staff.workforceBand ?? null,
    turnoverBand: staff.turnoverBand ?? null,
  };
};

const kbliRowsOf = (staff: StaffListingFields | NewStaffListingFields) =>
  staff.kbli.map((entry, sortOrder) => ({ ...entry, sortOrder }));

const hasMonitoring = (staff: StaffListingFields | NewStaffListingFields) =>
  Object.values(monitoringOf(staff)).some((value) => value !== null);

/** A unique index raced by another save between our check and our write. */
function toUniqueError(error: unknown): "slugTaken" | "externalIdTaken" | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  return JSON.stringify(error.meta ?? {}).includes("externalId") || error.message.includes("externalId")
    ? "externalIdTaken"
    : "slugTaken";
}

/**
 * Staff add a listing directly, in the status they choose. A published one counts as verified today by them.
 * The listing, its monitoring row and the audit entry commit together.
 */
export async function createListingAsStaff(
  actor: AuditActor | null,
  kind: ListingKind,
  content: ListingContent,
  staff: NewStaffListingFields,
  media: StaffListingMedia = {},
): Promise<CreateListingResult> {
  assertStaff(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const problem = await findSaveProblem(tx, null, content, staff);
      if (problem) return { ok: false, error: problem } as const;
      const now = new Date();
      const slug = staff.slug ?? (await createUniqueSlug(tx, content.nameIndonesian));
      const isPublished = staff.status === "PUBLISHED";
      // Like a proposed listing's logo, its logo and cover stay private until the listing is public (publishing
      // makes them so).
      const listing = await insertListing(
        tx,
        {
          kind,
          slug,
          status: staff.status,
          content,
          media: { logoFileId: media.logoFileId, coverFileId: media.coverFileId },
          createdById: actor.id,
          staff: {
            isSample: staff.isSample,
            sourceName: staff.sourceName ?? null,
            sourceUrl: staff.sourceUrl ?? null,
            externalId: staff.externalId ?? null,
          },
          verified: isPublished ? { at: now, byId: actor.id } : null,
        },
        now,
      );
      if (hasMonitoring(staff))
        await tx.listingMonitoring.create({ data: { listingId: listing.id, ...monitoringOf(staff) } });
      if (staff.kbli.length > 0)
        await tx.listingKbli.createMany({ data: kbliRowsOf(staff).map((row) => ({ listingId: listing.id, ...row })) });
      const { status, ...fields } = staff;
      await recordAudit(tx, actor, {
        action: "listing.staffCreate",
        entityType: "Listing",
        entityId: listing.id,
        after: {
          kind,
          status,
          content,
          ...fields,
          slug,
          logoFileId: media.logoFileId,
          coverFileId: media.coverFileId,
        } as Prisma.InputJsonValue,
      });
      return { ok: true, listingId: listing.id, kind, slug, status } as const;
    });
  } catch (error) {
    const unique = toUniqueError(error);
    if (unique) return { ok: false, error: unique };
    throw error;
  }
}

/**
 * Staff save every field of a listing. The editor loaded it at `expectedVersion`; the update is conditional on
 * that version, so if someone saved in between nothing is written and the answer carries the stored version to
 * compare with. A changed slug leaves a redirect from the old one. Change and audit entry commit together.
 */
export async function saveListingAsStaff(
  actor: AuditActor | null,
  listingId: string,
  expectedVersion: number,
  content: ListingContent,
  staff: StaffListingFields,
  media: StaffListingMedia = {},
): Promise<SaveListingResult> {
  assertStaff(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await readStaffListingSnapshot(tx, listingId);
      if (!before) return { ok: false, error: "notFound" } as const;
      if (before.version !== expectedVersion) return { ok: false, error: "conflict", saved: before } as const;
      const problem = await findSaveProblem(tx, listingId, content, staff);
      if (problem) return { ok: false, error: problem } as const;
      const applied = await applyListingContent(tx, listingId, {
        content,
        media,
        expectedVersion,
        staff: {
          slug: staff.slug,
          isSample: staff.isSample,
          sourceName: staff.sourceName ?? null,
          sourceUrl: staff.sourceUrl ?? null,
          externalId: staff.externalId ?? null,
        },
      });
      if (!applied.ok) {
        // Another save committed between our read and this write.
        const saved = await readStaffListingSnapshot(tx, listingId);
        return saved ? ({ ok: false, error: "conflict", saved } as const) : ({ ok: false, error: "notFound" } as const);
      }
      if (hasMonitoring(staff) || hasMonitoring(before.staff))
        await tx.listingMonitoring.upsert({
          where: { listingId },
          create: { listingId, ...monitoringOf(staff, before) },
          update: monitoringOf(staff, before),
        });
      await tx.listingKbli.deleteMany({ where: { listingId } });
      if (staff.kbli.length > 0)
        await tx.listingKbli.createMany({ data: kbliRowsOf(staff).map((row) => ({ listingId, ...row })) });
      if (staff.slug !== before.slug) {
        // Moving back to an old slug makes it live again; the slug being left starts redirecting.
        await tx.slugRedirect.deleteMany({ where: { oldSlug: staff.slug, listingId } });
        await tx.slugRedirect.upsert({
          where: { oldSlug: before.slug },
          create: { oldSlug: before.slug, listingId },
          update: { listingId },
        });
      }
      await recordAudit(tx, actor, {
        action: "listing.staffUpdate",
        entityType: "Listing",
        entityId: listingId,
        before: { version: before.version, content: before.content, ...before.staff } as Prisma.InputJsonValue,
        after: {
          version: before.version + 1,
          content,
          ...staff,
          ...media,
        } as Prisma.InputJsonValue,
      });
      return {
        ok: true,
        kind: before.kind,
        slug: staff.slug,
        previousSlug: before.slug,
        status: before.status,
      } as const;
    });
  } catch (error) {
    const unique = toUniqueError(error);
    if (unique) return { ok: false, error: unique };
    throw error;
  }
}
