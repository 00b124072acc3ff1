// The staff and admin data functions that only read, for the authorization matrix
// (tests/security/authorization-matrix.integration.test.ts). Pages call them after requireStaff/requireAdmin, but
// each also checks the actor it is given (assertStaff/assertAdmin, lib/auth/assert-role.ts), so a page that forgot
// its guard still shows nothing. The matrix calls each as every role: a visitor (null) and the owners must get a
// ForbiddenError, staff and admin (admin only for "admin") an answer, and no call may change a row.
//
// Every exported function of `staffReadModules` is either in `staffReads` or in `notStaffReads` with the reason,
// and every exported `…ForStaff` function anywhere in lib/ must be in `staffReads`: the matrix fails otherwise.
import type { AuditActor } from "@/lib/audit/record-audit";
import { parseAdminListingFilters } from "@/lib/admin-listings/filters";
import {
  countFreshnessLists,
  getListingForStaffEdit,
  getListingKindForStaff,
  getListingOverviewForStaff,
  listListingsForStaff,
} from "@/lib/admin-listings/queries";
import { parseUserFilters } from "@/lib/admin-users/filters";
import { findListingManagement, listUsers } from "@/lib/admin-users/queries";
import { parseAuditFilters } from "@/lib/audit/filters";
import { listAuditEntries, listAuditVocabulary, listEntityHistory } from "@/lib/audit/queries";
import {
  getCertificationForStaff,
  getListingForCertification,
  listCertificationsForStaff,
  searchListingsForCertification,
} from "@/lib/certifications/staff-queries";
import { getPostReportForStaff } from "@/lib/collaboration/post-report-queries";
import { listPostsForStaff } from "@/lib/collaboration/queries";
import { getCollaborationReport } from "@/lib/collaboration/report";
import {
  getEventForStaff,
  getProgrammeForStaff,
  listEventsForStaff,
  listOrganiserOptions,
  listProgrammeOptions,
  listProgrammesForStaff,
  searchListingsForParticipation,
} from "@/lib/events/queries";
import { getFigureForStaff, listFiguresForStaff } from "@/lib/figures/admin-queries";
import {
  countInboxItems,
  getInboxAssignee,
  getInboxItemName,
  getNextInboxItem,
  getStaffEnquiry,
  listInboxItems,
} from "@/lib/inbox/queries";
import { listReferenceData } from "@/lib/kbli/reference-data";
import { collectListingRows, generateListingCsv, streamListingCsv } from "@/lib/listing-csv/export-listings";
import { planListingImport } from "@/lib/listing-csv/plan-import";
import {
  getAdminDashboardCounts,
  getClaimForReview,
  getModerationQueue,
  getNewListingForReview,
  getRevisionForReview,
} from "@/lib/moderation/queries";
import {
  getListingReachPanel,
  getProgrammeReach,
  getReachFilterNames,
  getReachOverview,
  listNeverReachedContacts,
  listProgrammeChoices,
  listReachListings,
} from "@/lib/reach/queries";
import { planSupportImport } from "@/lib/reach/record-support";
import { listProblemReports } from "@/lib/report-handling/queries";
import type { SecurityFixtures } from "./fixtures";

export type StaffReadEntry = {
  access: "staff" | "admin";
  read: (actor: AuditActor | null, fixtures: SecurityFixtures) => Promise<unknown>;
};

/** Modules whose every export is a staff read below, or named in `notStaffReads`. */
export const staffReadModules = [
  "lib/admin-listings/queries.ts",
  "lib/admin-users/queries.ts",
  "lib/audit/queries.ts",
  "lib/certifications/staff-queries.ts",
  "lib/collaboration/post-report-queries.ts",
  "lib/collaboration/queries.ts",
  "lib/collaboration/report.ts",
  "lib/events/queries.ts",
  "lib/figures/admin-queries.ts",
  "lib/inbox/queries.ts",
  "lib/kbli/reference-data.ts",
  "lib/listing-csv/export-listings.ts",
  "lib/listing-csv/plan-import.ts",
  "lib/moderation/queries.ts",
  "lib/reach/queries.ts",
  "lib/reach/record-support.ts",
  "lib/report-handling/queries.ts",
];

const PUBLIC = "public: the published directory, board or calendar";
const OWN = "scoped to the signed-in user's own rows (userId), not a staff read";
const PURE = "builds a filter or converts input; reads nothing";
const WRITE = "a write: its server action is in access-table.ts, and the function checks with assertStaff too";

/** Exports of `staffReadModules` that are not staff reads, and why. */
export const notStaffReads: Record<string, string> = {
  "lib/collaboration/queries.ts#listSubsectorNames": PUBLIC,
  "lib/collaboration/queries.ts#boardWhere": PURE,
  "lib/collaboration/queries.ts#listPublicPosts": PUBLIC,
  "lib/collaboration/queries.ts#getPostForViewer": "a public post for anyone; hidden ones only for staff (viewer)",
  "lib/collaboration/queries.ts#listSuggestedListings": PUBLIC,
  "lib/collaboration/queries.ts#listMatchingOpenPosts": OWN,
  "lib/collaboration/queries.ts#listMyPosts": OWN,
  "lib/collaboration/queries.ts#listPostableListings": OWN,
  "lib/collaboration/queries.ts#listRespondingListings": OWN,
  "lib/collaboration/queries.ts#listResponsesForPoster": OWN,
  "lib/collaboration/report.ts#shareOf": PURE,
  "lib/collaboration/post-report-queries.ts#getReportablePost": PUBLIC,
  "lib/events/queries.ts#listPublicEvents": PUBLIC,
  "lib/events/queries.ts#listEventFilterOptions": PUBLIC,
  "lib/events/queries.ts#getPublicEvent": PUBLIC,
  "lib/events/queries.ts#listUpcomingEvents": PUBLIC,
  "lib/events/queries.ts#listUpcomingEventsForSubsector": PUBLIC,
  "lib/events/queries.ts#listEventsForFeed": PUBLIC,
  "lib/events/queries.ts#listProposableListings": OWN,
  "lib/events/queries.ts#listMyEventProposals": OWN,
  "lib/inbox/queries.ts#pendingWhere": PURE,
  "lib/kbli/reference-data.ts#saveKbliMapping": WRITE,
  "lib/kbli/reference-data.ts#deleteKbliMapping": WRITE,
  "lib/kbli/reference-data.ts#setRegistryUrl": WRITE,
  "lib/listing-csv/export-listings.ts#readListingExportFilters": PURE,
  "lib/listing-csv/export-listings.ts#listingExportWhere": PURE,
  "lib/listing-csv/plan-import.ts#readImportFile": PURE,
  "lib/listing-csv/plan-import.ts#buildImportPlan":
    "runs inside its caller's transaction (planListingImport, applyListingImport), after their check",
  "lib/reach/queries.ts#getPublicReachSummary": "public: /statistik's reach summary, no programme names",
  "lib/reach/record-support.ts#recordSupport": WRITE,
  "lib/reach/record-support.ts#applySupportImport": WRITE,
};

const period = { from: "2025-01-01", to: "2025-12-31" };
const scope = { includeSamples: true };
const listingFilters = () => parseAdminListingFilters({}, { subsectorSlugs: [] });

export const staffReads: Record<string, StaffReadEntry> = {
  "lib/admin-listings/queries.ts#listListingsForStaff": {
    access: "staff",
    read: (actor) => listListingsForStaff(actor, listingFilters()),
  },
  "lib/admin-listings/queries.ts#countFreshnessLists": { access: "staff", read: (actor) => countFreshnessLists(actor) },
  "lib/admin-listings/queries.ts#getListingKindForStaff": {
    access: "staff",
    read: (actor, f) => getListingKindForStaff(actor, f.listingA.id),
  },
  "lib/admin-listings/queries.ts#getListingOverviewForStaff": {
    access: "staff",
    read: (actor, f) => getListingOverviewForStaff(actor, f.listingA.id),
  },
  "lib/admin-listings/queries.ts#getListingForStaffEdit": {
    access: "staff",
    read: (actor, f) => getListingForStaffEdit(actor, f.listingA.id),
  },
  "lib/admin-users/queries.ts#listUsers": { access: "admin", read: (actor) => listUsers(actor, parseUserFilters({})) },
  "lib/admin-users/queries.ts#findListingManagement": {
    access: "admin",
    read: (actor, f) => findListingManagement(actor, f.listingA.id),
  },
  "lib/audit/queries.ts#listAuditEntries": {
    access: "staff",
    read: (actor) => listAuditEntries(actor, parseAuditFilters({})),
  },
  "lib/audit/queries.ts#listEntityHistory": {
    access: "staff",
    read: (actor, f) => listEntityHistory(actor, "Listing", f.listingA.id),
  },
  "lib/audit/queries.ts#listAuditVocabulary": { access: "staff", read: (actor) => listAuditVocabulary(actor) },
  "lib/certifications/staff-queries.ts#listCertificationsForStaff": {
    access: "staff",
    read: (actor) =>
      listCertificationsForStaff(actor, { status: null, typeSlug: null, isExpiringSoon: false, q: "", page: 1 }),
  },
  "lib/certifications/staff-queries.ts#getCertificationForStaff": {
    access: "staff",
    read: (actor, f) => getCertificationForStaff(actor, f.certificationId),
  },
  "lib/certifications/staff-queries.ts#getListingForCertification": {
    access: "staff",
    read: (actor, f) => getListingForCertification(actor, f.listingA.id),
  },
  "lib/certifications/staff-queries.ts#searchListingsForCertification": {
    access: "staff",
    read: (actor) => searchListingsForCertification(actor, "Matriks"),
  },
  "lib/collaboration/post-report-queries.ts#getPostReportForStaff": {
    access: "staff",
    read: (actor, f) => getPostReportForStaff(actor, f.postReportId),
  },
  "lib/collaboration/queries.ts#listPostsForStaff": {
    access: "staff",
    read: (actor) => listPostsForStaff(actor, "semua", 1),
  },
  "lib/collaboration/report.ts#getCollaborationReport": {
    access: "staff",
    read: (actor) => getCollaborationReport(actor),
  },
  "lib/events/queries.ts#listEventsForStaff": {
    access: "staff",
    read: (actor) => listEventsForStaff(actor, { status: null, q: "", page: 1 }),
  },
  "lib/events/queries.ts#getEventForStaff": {
    access: "staff",
    read: (actor, f) => getEventForStaff(actor, f.pendingEventId),
  },
  "lib/events/queries.ts#searchListingsForParticipation": {
    access: "staff",
    read: (actor, f) => searchListingsForParticipation(actor, f.trainingEventId, "Matriks"),
  },
  "lib/events/queries.ts#listOrganiserOptions": { access: "staff", read: (actor) => listOrganiserOptions(actor) },
  "lib/events/queries.ts#listProgrammeOptions": { access: "staff", read: (actor) => listProgrammeOptions(actor) },
  "lib/events/queries.ts#listProgrammesForStaff": { access: "staff", read: (actor) => listProgrammesForStaff(actor) },
  "lib/events/queries.ts#getProgrammeForStaff": {
    access: "staff",
    read: (actor, f) => getProgrammeForStaff(actor, f.programmeId),
  },
  "lib/figures/admin-queries.ts#listFiguresForStaff": { access: "staff", read: (actor) => listFiguresForStaff(actor) },
  "lib/figures/admin-queries.ts#getFigureForStaff": {
    access: "staff",
    read: (actor, f) => getFigureForStaff(actor, f.figureId),
  },
  "lib/inbox/queries.ts#listInboxItems": {
    access: "staff",
    read: (actor) => listInboxItems(actor, { kind: null, subsectorSlug: null, kecamatan: null }),
  },
  "lib/inbox/queries.ts#getNextInboxItem": { access: "staff", read: (actor) => getNextInboxItem(actor, null) },
  "lib/inbox/queries.ts#getInboxItemName": {
    access: "staff",
    read: (actor, f) => getInboxItemName(actor, "CLAIM", f.claimId),
  },
  "lib/inbox/queries.ts#getInboxAssignee": {
    access: "staff",
    read: (actor, f) => getInboxAssignee(actor, "CLAIM", f.claimId),
  },
  "lib/inbox/queries.ts#getStaffEnquiry": {
    access: "staff",
    read: (actor, f) => getStaffEnquiry(actor, f.staffEnquiryId),
  },
  "lib/inbox/queries.ts#countInboxItems": { access: "staff", read: (actor) => countInboxItems(actor) },
  "lib/kbli/reference-data.ts#listReferenceData": { access: "staff", read: (actor) => listReferenceData(actor) },
  "lib/listing-csv/export-listings.ts#generateListingCsv": {
    access: "staff",
    // A generator runs (and checks) on its first step.
    read: (actor) => generateListingCsv(actor, listingFilters()).next(),
  },
  "lib/listing-csv/export-listings.ts#collectListingRows": {
    access: "staff",
    read: (actor) => collectListingRows(actor, listingFilters()),
  },
  "lib/listing-csv/export-listings.ts#streamListingCsv": {
    access: "staff",
    read: async (actor) => streamListingCsv(actor, listingFilters()).cancel(),
  },
  "lib/listing-csv/plan-import.ts#planListingImport": {
    access: "staff",
    read: (actor) => planListingImport(actor, "kind,nameIndonesian\n"),
  },
  "lib/moderation/queries.ts#getModerationQueue": { access: "staff", read: (actor) => getModerationQueue(actor) },
  "lib/moderation/queries.ts#getAdminDashboardCounts": {
    access: "staff",
    read: (actor) => getAdminDashboardCounts(actor),
  },
  "lib/moderation/queries.ts#getNewListingForReview": {
    access: "staff",
    read: (actor, f) => getNewListingForReview(actor, f.pendingListingId),
  },
  "lib/moderation/queries.ts#getRevisionForReview": {
    access: "staff",
    read: (actor, f) => getRevisionForReview(actor, f.revisionId),
  },
  "lib/moderation/queries.ts#getClaimForReview": {
    access: "staff",
    read: (actor, f) => getClaimForReview(actor, f.claimId),
  },
  "lib/reach/queries.ts#getReachOverview": { access: "staff", read: (actor) => getReachOverview(actor, scope, period) },
  "lib/reach/queries.ts#getProgrammeReach": {
    access: "staff",
    read: (actor) => getProgrammeReach(actor, scope, period),
  },
  "lib/reach/queries.ts#listReachListings": {
    access: "staff",
    read: (actor) => listReachListings(actor, scope, { period, bucket: "all" }),
  },
  "lib/reach/queries.ts#listNeverReachedContacts": {
    access: "staff",
    read: (actor) => listNeverReachedContacts(actor, scope, { period }),
  },
  "lib/reach/queries.ts#listProgrammeChoices": { access: "staff", read: (actor) => listProgrammeChoices(actor) },
  "lib/reach/queries.ts#getReachFilterNames": {
    access: "staff",
    read: (actor, f) => getReachFilterNames(actor, { programme: f.programmeId }),
  },
  "lib/reach/queries.ts#getListingReachPanel": {
    access: "staff",
    read: (actor, f) => getListingReachPanel(actor, f.listingB.id),
  },
  "lib/reach/record-support.ts#planSupportImport": {
    access: "staff",
    read: (actor) => planSupportImport(actor, "listing,program\n"),
  },
  "lib/report-handling/queries.ts#listProblemReports": {
    access: "staff",
    read: (actor) => listProblemReports(actor, { status: null, page: 1 }),
  },
};
