// Who may call each server action and route handler. tests/security/authorization-matrix.integration.test.ts
// discovers every "use server" export and every route method and fails when one is missing here, then calls each
// one as every role and checks the answer and the database against the level below.
//
// Levels: "public" (open by design: the comment says why), "signedIn" (any active account), "manager" (a manager of
// the listing the form names; another owner, staff and admin are refused), "managerOrStaff" (a manager of the
// listing, or staff/admin), "staff" (staff or admin), "admin". Forms name the fixtures' rows
// (tests/security/fixtures.ts), so a missing check would really write: `writesFor` lists the roles whose call
// must change a row (by default every allowed role of a manager, staff or admin action).
import { prisma } from "@/lib/db/client";
import { encodeImportPayload } from "@/lib/listing-csv/import-payload";
import { planListingImport } from "@/lib/listing-csv/plan-import";
import { planSupportImport } from "@/lib/reach/record-support";
import { INVITATION_TOKEN, OWNER_PASSWORD, PRIVATE_NIB, userOf, type Role, type SecurityFixtures } from "./fixtures";

export type AccessLevel = "public" | "signedIn" | "manager" | "managerOrStaff" | "staff" | "admin";

export type RouteCall = {
  /** Path and query on http://localhost. */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  params?: Record<string, string | string[]>;
  /** Text an allowed answer shows and a refused one must not (private data). */
  reveals?: string;
  /** Text no answer may show, whoever asks (rows that are not public). */
  hides?: string[];
};

type Build<T> = (fixtures: SecurityFixtures, role: Role) => T | Promise<T>;

export type AccessEntry = { access: AccessLevel; writesFor?: readonly Role[] } & (
  { form: Build<FormData> } | { request: Build<RouteCall> }
);

type Fields = Record<string, string | string[]>;

/** A posted form as the page would send it (the hidden locale field included). */
export function toFormData(fields: Fields): FormData {
  const formData = new FormData();
  formData.set("locale", "id");
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(key, item);
  }
  return formData;
}

const form =
  (fields: (fixtures: SecurityFixtures, role: Role) => Fields | Promise<Fields>): Build<FormData> =>
  async (fixtures, role) =>
    toFormData(await fields(fixtures, role));

const listingContent = (fixtures: SecurityFixtures, nameIndonesian: string): Fields => ({
  kind: "CREATIVE_BUSINESS",
  nameIndonesian,
  summaryIndonesian: "Ringkasan listing dari matriks otorisasi.",
  primarySubsectorId: fixtures.subsector.id,
});

const eventFields = (titleIndonesian: string): Fields => ({
  type: "MEETUP",
  titleIndonesian,
  descriptionIndonesian: "Temu pelaku ekonomi kreatif untuk matriks otorisasi.",
  isOnline: "1",
  startsAt: "2031-03-10T09:00",
  endsAt: "2031-03-10T12:00",
});

const figureFields: Fields = {
  labelIndonesian: "Angka matriks baru",
  labelEn: "New matrix figure",
  qualifier: "EXACT",
  valueMin: "12",
  unit: "usaha",
  periodLabelIndonesian: "2025",
  periodStart: "2025-01-01",
  periodEnd: "2025-12-31",
  sourceName: "Sumber uji matriks",
};

const listingVersion = async (id: string) =>
  String((await prisma.listing.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);

const certificationUpdatedAt = async (id: string) =>
  (
    await prisma.certification.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } })
  ).updatedAt.toISOString();

/** A CSV creating one listing, with the digest of its dry run (the confirm step checks it). */
async function importForm(fixtures: SecurityFixtures): Promise<Fields> {
  const text = [
    "kind,slug,name_id,summary_id,primary_subsector",
    `CREATIVE_BUSINESS,impor-matriks-otorisasi,Impor Matriks Otorisasi,Ringkasan listing impor matriks.,${fixtures.subsector.slug}`,
  ].join("\n");
  const plan = await planListingImport(fixtures.users.admin, text);
  if (!plan.ok || plan.counts.invalid > 0) throw new Error(`the import fixture does not plan: ${JSON.stringify(plan)}`);
  return { intent: "apply", payload: encodeImportPayload(text), digest: plan.digest, fileName: "matriks.csv" };
}

const programmeSlug = async (fixtures: SecurityFixtures) =>
  (await prisma.programme.findUniqueOrThrow({ where: { id: fixtures.programmeId }, select: { slug: true } })).slug;

/** A ledger import of one support for listing A, with the digest of its dry run. */
async function supportImportForm(fixtures: SecurityFixtures): Promise<Fields> {
  const text = [
    "listing,programme,kind,organiser,starts_on",
    `${fixtures.listingA.slug},${await programmeSlug(fixtures)},MENTORING,Diskopindag,2026-03-01`,
  ].join("\n");
  const plan = await planSupportImport(fixtures.users.admin, text);
  if (!plan.ok || plan.invalid > 0) throw new Error(`the ledger import fixture does not plan: ${JSON.stringify(plan)}`);
  return { intent: "apply", payload: encodeImportPayload(text), digest: plan.digest, fileName: "jangkauan.csv" };
}

/** Rows the fixtures keep out of public view: a proposed listing, a proposed event, an application's number. */
const openDataHidden = [
  "Usulan Baru Matriks",
  "Usulan Acara Matriks",
  "PENGAJUAN-TERSEMBUNYI-MATRIKS",
  PRIVATE_NIB,
  "Bukti NIB Matriks",
];

export const accessTable: Record<string, AccessEntry> = {
  // --- Accounts ------------------------------------------------------------------------------------------------
  // Public: signing in, out and up, verifying an email and resetting a password are for people without a session;
  // changes need a token only the address's inbox received (lib/accounts/actions.ts).
  "lib/auth/actions.ts#signInAction": {
    access: "public",
    form: form(() => ({ email: "pemilik-matriks@contoh.id", password: "bukan-kata-sandinya" })),
  },
  "lib/auth/actions.ts#signOutAction": { access: "public", form: form(() => ({})) },
  "lib/accounts/actions.ts#signUpAction": {
    access: "public",
    writesFor: ["anonymous"],
    form: form(() => ({
      name: "Pendaftar Matriks",
      email: "pendaftar-matriks@contoh.id",
      password: "kata sandi panjang sekali",
    })),
  },
  "lib/accounts/actions.ts#verifyEmailAction": { access: "public", form: form(() => ({ token: "token-palsu" })) },
  "lib/accounts/actions.ts#requestPasswordResetAction": {
    access: "public",
    writesFor: ["anonymous"],
    form: form((f) => ({ email: f.users.owner.email })),
  },
  "lib/accounts/actions.ts#resetPasswordAction": {
    access: "public",
    form: form(() => ({ token: "token-palsu", password: "kata sandi baru yang panjang" })),
  },
  // Public: accepting a staff invitation needs the token sent to the invited address.
  "lib/admin-users/actions.ts#acceptStaffInviteAction": {
    access: "public",
    form: form(() => ({ token: "token-palsu", name: "Staf Palsu", password: "kata sandi baru yang panjang" })),
  },
  // Signed in, own account only (no id comes from the form).
  "lib/accounts/actions.ts#startSecondFactorAction": {
    access: "signedIn",
    writesFor: ["owner", "otherOwner", "staff", "admin"],
    form: form(() => ({})),
  },
  "lib/accounts/actions.ts#enableSecondFactorAction": { access: "signedIn", form: form(() => ({ code: "123456" })) },
  "lib/accounts/actions.ts#disableSecondFactorAction": { access: "signedIn", form: form(() => ({ code: "123456" })) },
  "lib/accounts/actions.ts#deleteAccountAction": {
    access: "signedIn",
    writesFor: ["owner"],
    form: form(() => ({ password: OWNER_PASSWORD })),
  },

  // --- Public forms on profiles ---------------------------------------------------------------------------------
  // Public: the contact form and "report a problem" are open by design; rate-limited, published listings only.
  "lib/enquiries/actions.ts#sendEnquiryAction": {
    access: "public",
    writesFor: ["anonymous"],
    form: form((f) => ({
      listingId: f.listingA.id,
      name: "Pengunjung Matriks",
      email: "pengunjung-matriks@contoh.id",
      message: "Apakah produk ini tersedia untuk pesanan besar?",
    })),
  },
  "lib/problem-reports/actions.ts#reportProblemAction": {
    access: "public",
    writesFor: ["anonymous"],
    form: form((f) => ({
      listingId: f.listingA.id,
      reason: "CLOSED",
      message: "Tempat usaha ini sudah tutup permanen.",
    })),
  },
  "lib/collaboration/report-post-actions.ts#reportPostAction": {
    access: "public",
    writesFor: ["anonymous"],
    form: form((f) => ({ postId: f.postBId, reason: "SCAM", message: "Meminta transfer uang sebelum bertemu." })),
  },

  // --- Owners ---------------------------------------------------------------------------------------------------
  "lib/listings/actions.ts#confirmListingDataAction": {
    access: "manager",
    form: form((f) => ({ listingId: f.listingA.id })),
  },
  "lib/listings/actions.ts#saveListingChangesAction": {
    access: "manager",
    form: form((f) => ({ listingId: f.listingA.id, ...listingContent(f, "Usaha Matriks A Disunting") })),
  },
  // Any signed-in person may propose a listing or claim one; both wait for staff review and grant nothing before.
  "lib/listings/actions.ts#proposeNewListingAction": {
    access: "signedIn",
    writesFor: ["owner", "otherOwner", "staff", "admin"],
    form: form((f) => ({ ...listingContent(f, "Usulan Listing Matriks Kedua"), confirmNotDuplicate: "1" })),
  },
  "lib/claims/actions.ts#submitClaimAction": {
    access: "signedIn",
    writesFor: ["owner", "staff", "admin"],
    form: form((f) => ({ listingId: f.listingB.id, relation: "Saya pengelola harian usaha ini sejak 2020." })),
  },
  "lib/certifications/actions.ts#applyForCertificationAction": {
    access: "manager",
    form: form((f) => ({ listingId: f.listingA.id, typeId: f.freeType.id, number: "PENGAJUAN-MATRIKS" })),
  },
  "lib/events/actions.ts#proposeEventAction": {
    access: "manager",
    form: form((f) => ({ ...eventFields("Usulan Acara Pemilik Matriks"), listingId: f.listingA.id })),
  },
  "lib/listing-managers/actions.ts#inviteManagerAction": {
    access: "manager",
    form: form((f) => ({ listingId: f.listingA.id, email: "undangan-baru-matriks@contoh.id" })),
  },
  // Whoever signs in with the invited address (checked in acceptInvitation).
  "lib/listing-managers/actions.ts#acceptInvitationAction": {
    access: "signedIn",
    writesFor: ["owner"],
    form: form(() => ({ token: INVITATION_TOKEN })),
  },
  "lib/enquiries/actions.ts#markEnquiryReadAction": {
    access: "manager",
    form: form((f) => ({ listingId: f.listingA.id, enquiryId: f.enquiryId, isRead: "1" })),
  },
  "lib/listing-managers/actions.ts#leaveListingAction": {
    access: "manager",
    form: form((f) => ({ listingId: f.listingA.id })),
  },
  "lib/listing-managers/actions.ts#revokeInvitationAction": {
    access: "manager",
    form: form((f) => ({ listingId: f.listingA.id, invitationId: f.pendingInvitationId })),
  },
  "lib/collaboration/actions.ts#createPostAction": {
    access: "manager",
    form: form((f) => ({
      listingId: f.listingA.id,
      kind: "NEED",
      title: "Mencari penjahit mitra",
      description: "Kami mencari penjahit untuk produksi seragam komunitas.",
      wantedSubsectorIds: [f.otherSubsector.id],
      location: "klojen",
      deadline: "",
    })),
  },
  "lib/collaboration/actions.ts#respondAction": {
    access: "manager",
    form: form((f) => ({ postId: f.postBId, listingId: f.listingA.id, message: "Kami tertarik memakai ruang pamer." })),
  },
  "lib/collaboration/actions.ts#decideResponseAction": {
    access: "manager",
    form: form((f) => ({ postId: f.postAId, responseId: f.responseId, decision: "ACCEPTED" })),
  },
  "lib/collaboration/actions.ts#closePostAction": {
    access: "manager",
    form: form((f) => ({ postId: f.postAId, outcome: "NOT_DONE", closedWithListingId: "", outcomeNote: "" })),
  },

  // --- Staff ----------------------------------------------------------------------------------------------------
  "lib/listings/decision-actions.ts#decideNewListingAction": {
    access: "staff",
    form: form((f) => ({ id: f.pendingListingId, decision: "approve" })),
  },
  "lib/listings/decision-actions.ts#decideRevisionAction": {
    access: "staff",
    form: form(async (f) => ({
      id: f.revisionId,
      decision: "approve",
      listingVersion: await listingVersion(f.listingA.id),
    })),
  },
  "lib/moderation/actions.ts#decideClaimAction": {
    access: "staff",
    form: form((f) => ({ id: f.claimId, decision: "approve" })),
  },
  "lib/admin-listings/actions.ts#createListingAction": {
    access: "staff",
    form: form((f) => ({ ...listingContent(f, "Listing Staf Matriks"), status: "DRAFT", slug: "" })),
  },
  "lib/admin-listings/actions.ts#saveListingAction": {
    access: "staff",
    form: form(async (f) => ({
      listingId: f.listingA.id,
      ...listingContent(f, "Usaha Matriks A Disunting Staf"),
      slug: f.listingA.slug,
      version: await listingVersion(f.listingA.id),
    })),
  },
  "lib/admin-listings/actions.ts#changeListingStatusAction": {
    access: "staff",
    form: form((f) => ({ listingId: f.listingA.id, change: "deactivate" })),
  },
  "lib/admin-listings/actions.ts#markListingVerifiedAction": {
    access: "staff",
    form: form((f) => ({ listingId: f.listingA.id })),
  },
  "lib/listing-csv/actions.ts#listingImportAction": { access: "staff", form: form(importForm) },
  // --- Reach ledger (lib/reach) --------------------------------------------------------------------------------
  "lib/reach/actions.ts#recordSupportAction": {
    access: "staff",
    form: form(async (f) => ({
      listing: f.listingB.slug,
      programme: await programmeSlug(f),
      kind: "INCUBATION",
      organiser: "Disporapar Kota Malang",
      startsOn: "2026-02-01",
    })),
  },
  "lib/reach/actions.ts#supportImportAction": { access: "staff", form: form(supportImportForm) },
  "lib/reach/actions.ts#setActorTypeAction": {
    access: "staff",
    form: form((f) => ({ listingId: f.listingA.id, actorType: "MEDIA" })),
  },
  "lib/reach/actions.ts#confirmFieldGroupsAction": {
    access: "staff",
    form: form((f) => ({ listingId: f.listingB.id, group: ["CONTACT", "FACTS"] })),
  },
  // Signed in, own account only (no id comes from the form).
  "lib/reach/actions.ts#setContactConsentAction": {
    access: "signedIn",
    writesFor: ["owner", "otherOwner", "staff", "admin"],
    form: form(() => ({ mayContact: "1" })),
  },
  "lib/certifications/actions.ts#changeCertificationStatusAction": {
    access: "staff",
    form: form(async (f) => ({
      certificationId: f.certificationId,
      to: "IN_REVIEW",
      expectedUpdatedAt: await certificationUpdatedAt(f.certificationId),
    })),
  },
  "lib/certifications/actions.ts#createCertificationAsStaffAction": {
    access: "staff",
    form: form((f) => ({
      listingId: f.listingB.id,
      typeId: f.freeType.id,
      number: "STAF-MATRIKS-001",
      issuedOn: "2025-01-15",
    })),
  },
  "lib/certifications/actions.ts#editCertificationDetailsAction": {
    access: "staff",
    form: form(async (f) => ({
      certificationId: f.certificationId,
      number: "NOMOR-MATRIKS-2",
      expectedUpdatedAt: await certificationUpdatedAt(f.certificationId),
    })),
  },
  "lib/certifications/actions.ts#markCertificationCheckedAction": {
    access: "staff",
    form: form((f) => ({ certificationId: f.certificationId })),
  },
  "lib/kbli/actions.ts#saveKbliMappingAction": {
    access: "staff",
    form: form((f) => ({
      version: "2025",
      code: "01111",
      title: "Pertanian Jagung",
      subsectorId: f.subsector.id,
      provenance: "Buatan portal untuk matriks otorisasi.",
    })),
  },
  "lib/kbli/actions.ts#deleteKbliMappingAction": {
    access: "staff",
    form: form((f) => ({ mappingId: f.kbliMappingId })),
  },
  "lib/kbli/actions.ts#saveRegistryUrlAction": {
    access: "staff",
    form: form((f) => ({ typeId: f.freeType.id, registryUrl: "https://registri-matriks.contoh.id/cari" })),
  },
  "lib/figures/actions.ts#createFigureAction": {
    access: "staff",
    form: form(() => ({ key: "angka-baru-matriks", ...figureFields })),
  },
  "lib/figures/actions.ts#updateFigureAction": {
    access: "staff",
    form: form(async (f) => ({
      figureId: f.figureId,
      key: "angka-matriks",
      ...figureFields,
      expectedUpdatedAt: (
        await prisma.figure.findUniqueOrThrow({ where: { id: f.figureId }, select: { updatedAt: true } })
      ).updatedAt.toISOString(),
    })),
  },
  "lib/figures/actions.ts#setFigureRetiredAction": {
    access: "staff",
    form: form((f) => ({ figureId: f.figureId, retire: "1" })),
  },
  "lib/events/actions.ts#saveEventAction": {
    access: "staff",
    form: form(() => ({ ...eventFields("Acara Staf Matriks"), organiserName: "Disporapar Kota Malang" })),
  },
  "lib/events/actions.ts#changeEventStatusAction": {
    access: "staff",
    form: form(async (f) => ({
      eventId: f.trainingEventId,
      change: "cancel",
      expectedVersion: String(
        (await prisma.event.findUniqueOrThrow({ where: { id: f.trainingEventId }, select: { version: true } })).version,
      ),
    })),
  },
  "lib/events/actions.ts#decideEventAction": {
    access: "staff",
    form: form((f) => ({ eventId: f.pendingEventId, decision: "approve", note: "" })),
  },
  "lib/events/actions.ts#addEventParticipantAction": {
    access: "staff",
    form: form((f) => ({ eventId: f.trainingEventId, listingId: f.listingA.id })),
  },
  "lib/events/actions.ts#removeEventParticipantAction": {
    access: "staff",
    form: form((f) => ({ eventId: f.trainingEventId, listingId: f.listingB.id })),
  },
  "lib/events/actions.ts#saveProgrammeAction": {
    access: "staff",
    form: form(() => ({
      nameIndonesian: "Program Baru Matriks",
      nameEn: "New Matrix Programme",
      year: "2026",
      organiserName: "Disporapar",
    })),
  },
  "lib/events/actions.ts#setProgrammeActiveAction": {
    access: "staff",
    form: form((f) => ({ programmeId: f.programmeId, isActive: "0" })),
  },
  "lib/collaboration/actions.ts#moderatePostAction": {
    access: "staff",
    form: form((f) => ({ postId: f.postAId, isHidden: "1", note: "Melanggar aturan papan kolaborasi." })),
  },
  "lib/report-handling/actions.ts#handleReportAction": {
    access: "staff",
    form: form((f) => ({ reportId: f.reportId, decision: "RESOLVED", note: "Nomor telepon sudah diperbarui." })),
  },
  "lib/collaboration/report-post-actions.ts#handlePostReportAction": {
    access: "staff",
    form: form((f) => ({ reportId: f.postReportId, decision: "HIDE_POST", note: "Iklan, melanggar aturan papan." })),
  },
  // The staff inbox (/admin/tugas): taking an item, releasing one staff holds (an admin may release anyone's),
  // and answering a message to a listing without managers.
  "lib/inbox/actions.ts#takeInboxItemAction": {
    access: "staff",
    form: form((f) => ({ kind: "revisi", itemId: f.revisionId })),
  },
  "lib/inbox/actions.ts#releaseInboxItemAction": {
    access: "staff",
    form: form((f) => ({ kind: "klaim", itemId: f.claimId })),
  },
  "lib/inbox/actions.ts#answerEnquiryAction": {
    access: "staff",
    form: form((f) => ({ enquiryId: f.staffEnquiryId, answer: "Terima kasih, kami teruskan ke pemilik usahanya." })),
  },

  // --- Admin ----------------------------------------------------------------------------------------------------
  "lib/admin-users/actions.ts#inviteStaffAction": {
    access: "admin",
    form: form(() => ({ email: "staf-baru-matriks@contoh.id" })),
  },
  "lib/admin-users/actions.ts#changeRoleAction": {
    access: "admin",
    form: form((f) => ({ userId: f.users.subject.id, role: "STAFF" })),
  },
  "lib/admin-users/actions.ts#setDisabledAction": {
    access: "admin",
    form: form((f) => ({ userId: f.users.subject.id, isDisabled: "1" })),
  },
  "lib/admin-users/actions.ts#addManagerAction": {
    access: "admin",
    form: form((f) => ({ listingId: f.listingA.id, email: f.users.subject.email })),
  },
  "lib/admin-users/actions.ts#removeManagerAction": {
    access: "admin",
    form: form((f) => ({ listingId: f.listingB.id, userId: f.users.subject.id })),
  },

  // --- Route handlers -------------------------------------------------------------------------------------------
  // Public: published events only.
  "app/acara.ics/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/acara.ics", reveals: "Pelatihan Matriks", hides: ["Usulan Acara Matriks"] }),
  },
  // Public: Auth.js's own endpoints (session, CSRF token, sign-in callback); Auth.js checks their CSRF token.
  "app/api/auth/[...nextauth]/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/api/auth/session", params: { nextauth: ["session"] } }),
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    access: "public",
    request: () => ({ path: "/api/auth/signout", method: "POST", params: { nextauth: ["signout"] } }),
  },
  // Public: published pages only.
  "app/sitemap.xml/route.ts#GET": {
    access: "public",
    request: (f) => ({ path: "/sitemap.xml", reveals: f.listingA.slug, hides: [f.pendingListingSlug] }),
  },
  "app/sitemap/[file]/route.ts#GET": {
    access: "public",
    request: (f) => ({
      path: "/sitemap/0.xml",
      params: { file: "0.xml" },
      reveals: f.listingA.slug,
      hides: [f.pendingListingSlug],
    }),
  },
  // Public: a health check for the load balancer, no data.
  "app/api/health/route.ts#GET": { access: "public", request: () => ({ path: "/api/health" }) },
  // Public: the profile's view beacon; counts published listings only, stores nothing about the visitor.
  "app/api/listings/[id]/views/route.ts#POST": {
    access: "public",
    writesFor: ["anonymous"],
    request: (f) => ({ path: `/api/listings/${f.listingA.id}/views`, method: "POST", params: { id: f.listingA.id } }),
  },
  // Public: reference data, the boundaries and codes of Kota Malang's kecamatan and kelurahan (the map's base layer).
  "app/api/wilayah/route.ts#GET": { access: "public", request: () => ({ path: "/api/wilayah" }) },
  // Public: the point's kelurahan and kecamatan from the same boundaries (the listing forms' point picker).
  "app/api/wilayah/lokasi/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/api/wilayah/lokasi?lat=-7.9666&lng=112.6326", reveals: "Samaan" }),
  },
  // Public: a profile's small location map drawn from the same boundaries and the point a profile already shows.
  "app/api/wilayah/peta-lokasi/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/api/wilayah/peta-lokasi?lat=-7.9666&lng=112.6326" }),
  },
  // Public: the published listings' names, points and profile links for /peta's map, with the page's filters.
  "app/api/peta/route.ts#GET": {
    access: "public",
    request: (f) => ({ path: "/api/peta", hides: [f.pendingListingSlug] }),
  },
  // Public: aggregate counts of published listings, as on /statistik.
  "app/api/statistik/[chart]/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/api/statistik/kecamatan", params: { chart: "kecamatan" } }),
  },
  // Public: the open data API (lib/open-data) serves published rows and their public fields only; anything else is
  // answered like an unknown id.
  "app/api/v1/listings/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/api/v1/listings", reveals: "Usaha Matriks Pemilik A", hides: openDataHidden }),
  },
  "app/api/v1/listings/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/api/v1/listings", method: "OPTIONS" }),
  },
  "app/api/v1/listings/[slug]/route.ts#GET": {
    access: "public",
    request: (f) => ({
      path: `/api/v1/listings/${f.listingA.slug}`,
      params: { slug: f.listingA.slug },
      reveals: "Usaha Matriks Pemilik A",
      hides: openDataHidden,
    }),
  },
  "app/api/v1/listings/[slug]/route.ts#OPTIONS": {
    access: "public",
    request: (f) => ({
      path: `/api/v1/listings/${f.listingA.slug}`,
      method: "OPTIONS",
      params: { slug: f.listingA.slug },
    }),
  },
  "app/api/v1/certifications/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/api/v1/certifications", hides: openDataHidden }),
  },
  "app/api/v1/certifications/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/api/v1/certifications", method: "OPTIONS" }),
  },
  "app/api/v1/events/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/api/v1/events", reveals: "Pelatihan Matriks", hides: openDataHidden }),
  },
  "app/api/v1/events/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/api/v1/events", method: "OPTIONS" }),
  },
  "app/api/v1/collaboration/route.ts#GET": {
    access: "public",
    request: (f) => ({
      path: "/api/v1/collaboration",
      reveals: "Mencari fotografer produk",
      // Responses and the people behind posts stay private.
      hides: ["Kami bisa membantu pemotretan.", f.users.owner.email, f.users.otherOwner.email],
    }),
  },
  "app/api/v1/collaboration/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/api/v1/collaboration", method: "OPTIONS" }),
  },
  "app/api/v1/subsectors/route.ts#GET": { access: "public", request: () => ({ path: "/api/v1/subsectors" }) },
  "app/api/v1/subsectors/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/api/v1/subsectors", method: "OPTIONS" }),
  },
  "app/api/v1/openapi.json/route.ts#GET": { access: "public", request: () => ({ path: "/api/v1/openapi.json" }) },
  "app/api/v1/openapi.json/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/api/v1/openapi.json", method: "OPTIONS" }),
  },
  // Public: the DCAT-AP catalogue and the CKAN action API describe the same published datasets (decision 017).
  "app/data/catalog.jsonld/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/data/catalog.jsonld", reveals: "dcat:Dataset", hides: openDataHidden }),
  },
  "app/data/catalog.jsonld/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/data/catalog.jsonld", method: "OPTIONS" }),
  },
  "app/data/catalog.ttl/route.ts#GET": {
    access: "public",
    request: () => ({ path: "/data/catalog.ttl", reveals: "dcat:Dataset", hides: openDataHidden }),
  },
  "app/data/catalog.ttl/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/data/catalog.ttl", method: "OPTIONS" }),
  },
  "app/api/3/action/[action]/route.ts#GET": {
    access: "public",
    request: () => ({
      path: "/api/3/action/package_search?rows=1000",
      params: { action: "package_search" },
      reveals: "ekraf-kota-malang-listings",
      hides: openDataHidden,
    }),
  },
  "app/api/3/action/[action]/route.ts#OPTIONS": {
    access: "public",
    request: () => ({ path: "/api/3/action/package_list", method: "OPTIONS", params: { action: "package_list" } }),
  },
  "app/api/akun/data/route.ts#GET": {
    access: "signedIn",
    request: (f, role) => ({ path: "/api/akun/data", reveals: (userOf(f, role) ?? f.users.owner).email }),
  },
  "app/api/admin/listings.csv/route.ts#GET": {
    access: "staff",
    request: (f) => ({ path: "/api/admin/listings.csv", reveals: f.listingA.slug }),
  },
  // Managers of never-reached listings who agreed to be contacted: staff only (lib/reach/queries.ts).
  "app/api/admin/jangkauan/undangan.csv/route.ts#GET": {
    access: "staff",
    request: () => ({ path: "/api/admin/jangkauan/undangan.csv", reveals: "contact_email" }),
  },
  "app/api/admin/jangkauan/undangan.xlsx/route.ts#GET": {
    access: "staff",
    request: () => ({ path: "/api/admin/jangkauan/undangan.xlsx", reveals: "PK" }),
  },
  "app/api/admin/listings.xlsx/route.ts#GET": {
    access: "staff",
    request: () => ({ path: "/api/admin/listings.xlsx", reveals: "PK" }),
  },
  // Private evidence of listing A's certification: its managers and staff (lib/uploads/file-access.ts).
  "app/api/files/[id]/route.ts#GET": {
    access: "managerOrStaff",
    request: (f) => ({ path: `/api/files/${f.evidenceFileId}`, params: { id: f.evidenceFileId }, reveals: "%PDF" }),
  },
};
