import type { ListingKind } from "@/lib/generated/prisma/enums";
import { getListingPath, listingKindPaths } from "@/lib/listings/kinds";

// The portal's paths, written once. They are the same Indonesian words in both languages and carry no locale:
// pass them to Link, redirect or getPathname (lib/i18n/navigation), which add "/en" for English. Ids that came with
// a request go through recordPath (lib/forms/redirect-target) before they are put into a redirect.
export const routes = {
  home: "/",
  search: "/cari",
  map: "/peta",
  directory: (kind: ListingKind) => `/${listingKindPaths[kind]}`,
  listing: (listing: { kind: ListingKind; slug: string }) => getListingPath(listing),
  reportListing: (listing: { kind: ListingKind; slug: string }) => `${getListingPath(listing)}/laporkan`,
  subsectors: "/subsektor",
  subsector: (slug: string) => `/subsektor/${slug}`,
  certifications: "/sertifikasi",
  certification: (id: string) => `/sertifikasi/${id}`,
  certificateCheck: "/sertifikasi/verifikasi",
  events: "/acara",
  event: (slug: string) => `/acara/${slug}`,
  statistics: "/statistik",
  openData: "/data",
  collaboration: "/kolaborasi",
  collaborationPost: (id: string) => `/kolaborasi/${id}`,
  reportCollaborationPost: (id: string) => `/kolaborasi/${id}/laporkan`,
  newCollaborationPost: "/kolaborasi/baru",
  privacy: "/privasi",
  signIn: "/masuk",
  signUp: "/daftar",
  forgotPassword: "/lupa-kata-sandi",
  resetPassword: "/atur-ulang-kata-sandi",
  verifyEmail: "/verifikasi-email",
  managerInvite: "/undangan",
  staffInvite: "/undangan-staf",
  outbox: "/kotak-keluar",

  /** Owners and managers of listings (signed in). */
  account: {
    home: "/akun",
    security: "/akun/keamanan",
    deleted: "/akun/dihapus",
    privacy: "/akun/privasi",
    events: "/akun/acara",
    proposeEvent: "/akun/acara/usulkan",
    claims: "/akun/klaim",
    claim: (listingId: string) => `/akun/klaim/${listingId}`,
    listings: "/akun/listing",
    listing: (listingId: string) => `/akun/listing/${listingId}`,
    listingManagers: (listingId: string) => `/akun/listing/${listingId}/pengelola`,
    listingEnquiries: (listingId: string) => `/akun/listing/${listingId}/pesan`,
    newListing: "/akun/listing/baru",
    certifications: "/akun/sertifikasi",
    applyCertification: "/akun/sertifikasi/ajukan",
  },

  /** Staff. */
  admin: {
    home: "/admin",
    inbox: "/admin/tugas",
    enquiry: (id: string) => `/admin/tugas/pesan/${id}`,
    listings: "/admin/listing",
    listing: (id: string) => `/admin/listing/${id}`,
    newListing: "/admin/listing/baru",
    importListings: "/admin/listing/impor",
    moderation: "/admin/moderasi",
    newListingReview: (id: string) => `/admin/moderasi/listing/${id}`,
    revisionReview: (id: string) => `/admin/moderasi/revisi/${id}`,
    claimReview: (id: string) => `/admin/moderasi/klaim/${id}`,
    certifications: "/admin/sertifikasi",
    certification: (id: string) => `/admin/sertifikasi/${id}`,
    newCertification: "/admin/sertifikasi/baru",
    figures: "/admin/angka",
    figure: (id: string) => `/admin/angka/${id}`,
    newFigure: "/admin/angka/baru",
    problemReports: "/admin/laporan",
    events: "/admin/acara",
    event: (id: string) => `/admin/acara/${id}`,
    newEvent: "/admin/acara/baru",
    programmes: "/admin/program",
    programme: (id: string) => `/admin/program/${id}`,
    reach: "/admin/jangkauan",
    recordReach: "/admin/jangkauan/catat",
    listingReach: "/admin/jangkauan/listing",
    collaboration: "/admin/kolaborasi",
    collaborationReport: (id: string) => `/admin/kolaborasi/laporan/${id}`,
    users: "/admin/pengguna",
    listingManagers: "/admin/pengguna/pengelola",
    dataReference: "/admin/referensi-data",
    audit: "/admin/audit",
  },
} as const;

/**
 * Route handlers under app/api/ that pages link to or fetch. They have no locale: use them in a plain <a href>,
 * fetch or src, never in Link or getPathname.
 */
export const apiRoutes = {
  file: (id: string) => `/api/files/${id}`,
  listingViews: (listingId: string) => `/api/listings/${encodeURIComponent(listingId)}/views`,
  accountData: "/api/akun/data",
  authSession: "/api/auth/session",
  adminListingsCsv: "/api/admin/listings.csv",
  adminListingsXlsx: "/api/admin/listings.xlsx",
  reachInvitationsCsv: "/api/admin/jangkauan/undangan.csv",
  reachInvitationsXlsx: "/api/admin/jangkauan/undangan.xlsx",
  statisticsChart: (chart: string) => `/api/statistik/${chart}`,
  areas: "/api/wilayah",
  mapMarkers: "/api/peta",
  areaOfLocation: "/api/wilayah/lokasi",
  openApi: "/api/v1/openapi.json",
} as const;

/**
 * The path of a page inside app/[locale]/ with its locale segment, as Next knows the route (for revalidatePath).
 * Visitors never see "/id/…": the proxy serves Indonesian at the root.
 */
export function localeRoutePath(locale: string, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
