// The notices a page shows after an action redirected to it with `?hasil=<code>`: one typed list per page (code →
// message key in the page's namespace, and whether it reports a failure), one encoder for the actions and one
// decoder for the pages (docs/decisions/019-forms-and-actions.md). A code not in its page's list shows nothing, so
// a hand-edited URL cannot choose a message.

type NoticeEntry = { key: string; isError: boolean };

const done = (key: string): NoticeEntry => ({ key, isError: false });
const failed = (key: string): NoticeEntry => ({ key, isError: true });

export const notices = {
  /** /masuk, namespace Auth. */
  signIn: { terverifikasi: done("verified"), "sandi-baru": done("passwordChanged") },
  /** /verifikasi-email, namespace Auth (VerifyEmail). */
  verifyEmail: { gagal: failed("failed") },
  /** /undangan-staf. */
  staffInvite: { diterima: done("accepted") },
  /** /akun, namespace Account. */
  account: { terkonfirmasi: done("confirmed"), ditolak: failed("confirmRefused") },
  /** /akun (contact consent part), namespace ContactConsent. */
  accountContact: { "kontak-diizinkan": done("allowed"), "kontak-ditolak": done("declined") },
  /** /akun/keamanan. */
  accountSecurity: { aktif: done("enabled"), nonaktif: done("disabled") },
  /** /akun/sertifikasi. */
  accountCertifications: { diajukan: done("submitted") },
  /** /akun/acara/usulkan. */
  eventProposal: { diusulkan: done("proposed") },
  /** /akun/listing/[id], namespace OwnerListing. */
  managedListing: { diajukan: done("result.diajukan"), revisi: done("result.revisi"), usulan: done("result.usulan") },
  /** /akun/listing/[id]/pengelola. */
  listingTeam: {
    diterima: done("results.accepted"),
    dibatalkan: done("results.revoked"),
    "gagal-batal": failed("results.revokeFailed"),
  },
  /** /kolaborasi/[id]. */
  collaborationPost: {
    diterbitkan: done("results.diterbitkan"),
    terkirim: done("results.terkirim"),
    diterima: done("results.diterima"),
    ditolak: done("results.ditolak"),
    ditutup: done("results.ditutup"),
    gagal: failed("results.gagal"),
  },
  /** /admin/moderasi. */
  moderation: { disetujui: done("result.approved"), ditolak: done("result.rejected") },
  /** /admin/listing/[id], namespace AdminListing. */
  adminListing: {
    dibuat: done("result.dibuat"),
    disimpan: done("result.disimpan"),
    publish: done("result.publish"),
    deactivate: done("result.deactivate"),
    archive: done("result.archive"),
    restore: done("result.restore"),
    terverifikasi: done("result.terverifikasi"),
    gagal: failed("result.gagal"),
  },
  /** /admin/listing/[id] (reach panel; its "gagal" is adminListing's). Namespaces ActorType and FieldChecks. */
  adminListingReach: { "peran-disimpan": done("saved"), diperiksa: done("saved") },
  /** /admin/kolaborasi. */
  adminCollaboration: { disembunyikan: done("results.disembunyikan"), ditampilkan: done("results.ditampilkan") },
  /** /admin/kolaborasi/laporan/[id], namespace PostReportAdmin. */
  collaborationReport: { disembunyikan: done("results.disembunyikan"), diabaikan: done("results.diabaikan") },
  /** /admin/laporan. */
  problemReports: { diselesaikan: done("resolvedNotice"), diabaikan: done("dismissedNotice") },
  /** /admin/jangkauan. */
  reach: { dicatat: done("recorded") },
  /** /admin/angka/[id]. */
  figure: {
    dibuat: done("results.dibuat"),
    diubah: done("results.diubah"),
    dipensiunkan: done("results.dipensiunkan"),
    dipulihkan: done("results.dipulihkan"),
    gagal: failed("results.gagal"),
  },
  /** /admin/sertifikasi/[id]. */
  certification: {
    status: done("results.status"),
    dibuat: done("results.dibuat"),
    diubah: done("results.diubah"),
    dicek: done("results.dicek"),
    gagal: failed("results.gagal"),
  },
  /** /admin/program. */
  programmes: {
    dibuat: done("results.dibuat"),
    disimpan: done("results.disimpan"),
    diaktifkan: done("results.diaktifkan"),
    dinonaktifkan: done("results.dinonaktifkan"),
    gagal: failed("results.gagal"),
  },
  /** /admin/acara/[id]. */
  event: {
    dibuat: done("results.dibuat"),
    disimpan: done("results.disimpan"),
    diterbitkan: done("results.diterbitkan"),
    dibatalkan: done("results.dibatalkan"),
    disetujui: done("results.disetujui"),
    ditolak: done("results.ditolak"),
    konflik: failed("results.konflik"),
    gagal: failed("results.gagal"),
    "peserta-ditambahkan": done("results.peserta-ditambahkan"),
    "peserta-dihapus": done("results.peserta-dihapus"),
    "peserta-notTraining": failed("results.peserta-notTraining"),
    "peserta-notPublished": failed("results.peserta-notPublished"),
    "peserta-notStarted": failed("results.peserta-notStarted"),
    "peserta-listingNotFound": failed("results.peserta-listingNotFound"),
    "peserta-alreadyRecorded": failed("results.peserta-alreadyRecorded"),
    "peserta-notRecorded": failed("results.peserta-notRecorded"),
    "peserta-notFound": failed("results.peserta-notFound"),
  },
  /** /admin/pengguna. */
  users: {
    "peran-diubah": done("results.roleChanged"),
    "peran-sama": done("results.roleUnchanged"),
    dinonaktifkan: done("results.disabled"),
    diaktifkan: done("results.enabled"),
    "status-sama": done("results.stateUnchanged"),
    "diri-sendiri": failed("results.self"),
    "admin-terakhir": failed("results.lastAdmin"),
    "tidak-ditemukan": failed("results.notFound"),
  },
  /** /admin/pengguna/pengelola. */
  listingManagers: {
    ditambahkan: done("results.added"),
    dihapus: done("results.removed"),
    "bukan-pengelola": failed("results.notManager"),
  },
} as const satisfies Record<string, Record<string, NoticeEntry>>;

export type NoticePage = keyof typeof notices;
export type NoticeCode<Page extends NoticePage> = keyof (typeof notices)[Page] & string;
/** A decoded notice: its code, its message key in the page's namespace, and whether it reports a failure. */
export type Notice<Page extends NoticePage> = NoticeEntry & { code: NoticeCode<Page> };

/**
 * `path` with the notice `code` in `?hasil=`, after the other parameters of `query` (filters to keep). Typed per
 * page, so an action cannot send a code its page does not show.
 */
export function withNotice<Page extends NoticePage>(
  path: string,
  _page: Page,
  code: NoticeCode<Page>,
  query?: URLSearchParams,
): string {
  const params = new URLSearchParams(query);
  params.delete("hasil");
  params.append("hasil", code);
  return `${path}?${params}`;
}

/** The notice `?hasil=` asks `page` to show, or null for none or a code the page does not know. */
export function readNotice<Page extends NoticePage>(
  page: Page,
  value: string | string[] | undefined,
): Notice<Page> | null {
  const code = Array.isArray(value) ? value[0] : value;
  const list: Record<string, NoticeEntry> = notices[page];
  if (code === undefined || !Object.hasOwn(list, code)) return null;
  return { ...list[code]!, code: code as NoticeCode<Page> };
}
