// Every email the portal sends, in one place, in Indonesian and English. A template returns a subject and a body
// of blocks; the plain-text part and the HTML part are both made from those blocks, so they always say the same.
// The recipient's language is the one kept on their account (User.locale), Indonesian when there is none.
import { formatJakartaDate, formatJakartaDateTime } from "@/lib/dates";
import type { CertificationStatus } from "@/lib/generated/prisma/enums";

export const mailLocales = ["id", "en"] as const;
export type MailLocale = (typeof mailLocales)[number];

export const toMailLocale = (value: string | null | undefined): MailLocale => (value === "en" ? "en" : "id");

/** A paragraph of text, a link on its own line, or a quoted message (someone else's words, shown apart). */
type Block = string | { link: string; label?: string } | { quote: string };

type Draft = { subject: string; blocks: Block[] };

export type RenderedEmail = { subject: string; text: string; html: string };

const SITE = { id: "Portal Ekonomi Kreatif Kota Malang", en: "Malang Creative Economy Portal" } as const;

const certificationStatusNames: Record<MailLocale, Record<CertificationStatus, string>> = {
  id: {
    APPLIED: "Diajukan",
    IN_REVIEW: "Sedang ditinjau",
    CERTIFIED: "Tersertifikasi",
    REJECTED: "Ditolak",
    REVOKED: "Dicabut",
  },
  en: { APPLIED: "Applied", IN_REVIEW: "In review", CERTIFIED: "Certified", REJECTED: "Rejected", REVOKED: "Revoked" },
};

/** The parameters each template needs. */
export type TemplateParams = {
  verifyEmail: { verifyUrl: string };
  signUpExistingAccount: { signInUrl: string };
  passwordReset: { resetUrl: string };
  staffInvitation: { acceptUrl: string; hasAccount: boolean };
  managerInvitation: { inviterName: string; listingName: string; acceptUrl: string; email: string };
  listingApproved: { listingName: string };
  listingRejected: { listingName: string; note: string };
  revisionApproved: { listingName: string };
  revisionRejected: { listingName: string; note: string };
  claimApproved: { listingName: string };
  claimRejected: { listingName: string; note: string };
  certificationStatusChanged: {
    recipientName: string;
    typeName: string;
    listingName: string;
    from: CertificationStatus | null;
    to: CertificationStatus;
    note: string | null;
    accountUrl: string;
  };
  eventApproved: { title: string; startsAt: Date; eventUrl: string; note: string | null };
  eventRejected: { title: string; startsAt: Date; proposeUrl: string; note: string | null };
  collaborationPostHidden: { title: string; note: string; postUrl: string };
  collaborationPostShown: { title: string; note: string; postUrl: string };
  collaborationResponseReceived: {
    responderName: string;
    posterName: string;
    title: string;
    message: string;
    postUrl: string;
  };
  collaborationResponseAccepted: { listingName: string; title: string; postUrl: string };
  collaborationResponseDeclined: { listingName: string; title: string; boardUrl: string };
  enquiryToManagers: {
    senderName: string;
    senderEmail: string;
    listingName: string;
    message: string;
    messagesUrl: string;
  };
  enquiryAnswer: { senderName: string; listingName: string; message: string; answer: string };
  freshnessReminder: {
    listingName: string;
    since: Date | null;
    graceDays: number;
    staleDays: number;
    accountUrl: string;
  };
  listingDeactivatedStale: { listingName: string; graceDays: number; accountUrl: string };
};

export type TemplateId = keyof TemplateParams;

type TemplateSet = { [Id in TemplateId]: Record<MailLocale, (params: TemplateParams[Id]) => Draft> };

const staffNote = (locale: MailLocale, note: string | null): Block[] =>
  note ? [locale === "id" ? "Catatan petugas:" : "Staff note:", { quote: note }] : [];

export const templates: TemplateSet = {
  verifyEmail: {
    id: ({ verifyUrl }) => ({
      subject: `Verifikasi email Anda — ${SITE.id}`,
      blocks: [
        "Halo,",
        "Buka tautan ini untuk memverifikasi email Anda (berlaku 24 jam, sekali pakai):",
        { link: verifyUrl },
        "Jika Anda tidak mendaftar, abaikan email ini.",
      ],
    }),
    en: ({ verifyUrl }) => ({
      subject: `Verify your email — ${SITE.en}`,
      blocks: [
        "Hello,",
        "Open this link to verify your email address (valid for 24 hours, single use):",
        { link: verifyUrl },
        "If you did not sign up, ignore this email.",
      ],
    }),
  },
  signUpExistingAccount: {
    id: ({ signInUrl }) => ({
      subject: `Pendaftaran akun ${SITE.id}`,
      blocks: [
        "Seseorang mencoba mendaftar dengan alamat email ini, tetapi alamat ini sudah memiliki akun.",
        "Jika itu Anda, silakan masuk:",
        { link: signInUrl },
        "Jika bukan, abaikan email ini.",
      ],
    }),
    en: ({ signInUrl }) => ({
      subject: `Sign-up at the ${SITE.en}`,
      blocks: [
        "Someone tried to sign up with this email address, but it already has an account.",
        "If that was you, please sign in:",
        { link: signInUrl },
        "If not, ignore this email.",
      ],
    }),
  },
  passwordReset: {
    id: ({ resetUrl }) => ({
      subject: `Atur ulang kata sandi — ${SITE.id}`,
      blocks: [
        "Buka tautan ini untuk mengatur kata sandi baru (berlaku 1 jam, sekali pakai):",
        { link: resetUrl },
        "Jika Anda tidak memintanya, abaikan email ini; kata sandi Anda tidak berubah.",
      ],
    }),
    en: ({ resetUrl }) => ({
      subject: `Reset your password — ${SITE.en}`,
      blocks: [
        "Open this link to set a new password (valid for 1 hour, single use):",
        { link: resetUrl },
        "If you did not ask for this, ignore this email; your password has not changed.",
      ],
    }),
  },
  staffInvitation: {
    id: ({ acceptUrl, hasAccount }) => ({
      subject: `Undangan menjadi staf — ${SITE.id}`,
      blocks: [
        "Halo,",
        `Anda diundang menjadi staf ${SITE.id} (Disporapar Kota Malang). ` +
          (hasAccount
            ? "Alamat ini sudah memiliki akun; setelah Anda menerima undangan, akun tersebut menjadi akun staf."
            : "Saat menerima undangan, Anda mengisi nama dan kata sandi untuk akun staf Anda."),
        "Buka tautan ini untuk menerima undangan (berlaku 7 hari, sekali pakai):",
        { link: acceptUrl },
        "Jika Anda tidak mengharapkan undangan ini, abaikan email ini; tidak ada yang berubah.",
      ],
    }),
    en: ({ acceptUrl, hasAccount }) => ({
      subject: `Invitation to join the staff — ${SITE.en}`,
      blocks: [
        "Hello,",
        `You are invited to join the staff of the ${SITE.en} (Disporapar Kota Malang). ` +
          (hasAccount
            ? "This address already has an account; once you accept, it becomes a staff account."
            : "When you accept, you choose a name and a password for your staff account."),
        "Open this link to accept the invitation (valid for 7 days, single use):",
        { link: acceptUrl },
        "If you were not expecting this invitation, ignore this email; nothing changes.",
      ],
    }),
  },
  managerInvitation: {
    id: ({ inviterName, listingName, acceptUrl, email }) => ({
      subject: `Undangan mengelola "${listingName}" — ${SITE.id}`,
      blocks: [
        "Halo,",
        `${inviterName} mengundang Anda untuk ikut mengelola profil "${listingName}" di ${SITE.id}.`,
        "Buka tautan ini untuk menerima undangan (berlaku 7 hari, sekali pakai):",
        { link: acceptUrl },
        `Untuk menerimanya, masuk dengan akun yang memakai alamat email ini (${email}); jika belum punya akun, ` +
          "daftar dulu dengan alamat ini.",
        "Jika Anda tidak mengenal undangan ini, abaikan email ini.",
      ],
    }),
    en: ({ inviterName, listingName, acceptUrl, email }) => ({
      subject: `Invitation to manage "${listingName}" — ${SITE.en}`,
      blocks: [
        "Hello,",
        `${inviterName} invites you to help manage the profile of "${listingName}" on the ${SITE.en}.`,
        "Open this link to accept the invitation (valid for 7 days, single use):",
        { link: acceptUrl },
        `To accept it, sign in with the account that uses this email address (${email}); if you have no account ` +
          "yet, sign up with this address first.",
        "If you do not recognise this invitation, ignore this email.",
      ],
    }),
  },
  listingApproved: {
    id: ({ listingName }) => ({
      subject: `Listing disetujui: ${listingName}`,
      blocks: [`Listing "${listingName}" sudah disetujui petugas dan kini tampil di portal.`],
    }),
    en: ({ listingName }) => ({
      subject: `Listing approved: ${listingName}`,
      blocks: [`The listing "${listingName}" was approved by staff and is now public.`],
    }),
  },
  listingRejected: {
    id: ({ listingName, note }) => ({
      subject: `Listing belum disetujui: ${listingName}`,
      blocks: [
        `Listing "${listingName}" belum disetujui.`,
        ...staffNote("id", note),
        "Anda dapat memperbaikinya di dasbor akun dan mengajukannya lagi.",
      ],
    }),
    en: ({ listingName, note }) => ({
      subject: `Listing not approved: ${listingName}`,
      blocks: [
        `The listing "${listingName}" was not approved.`,
        ...staffNote("en", note),
        "You can correct it in your account dashboard and submit it again.",
      ],
    }),
  },
  revisionApproved: {
    id: ({ listingName }) => ({
      subject: `Perubahan disetujui: ${listingName}`,
      blocks: [`Perubahan Anda pada "${listingName}" sudah disetujui dan kini tampil di portal.`],
    }),
    en: ({ listingName }) => ({
      subject: `Changes approved: ${listingName}`,
      blocks: [`Your changes to "${listingName}" were approved and are now public.`],
    }),
  },
  revisionRejected: {
    id: ({ listingName, note }) => ({
      subject: `Perubahan belum disetujui: ${listingName}`,
      blocks: [`Perubahan Anda pada "${listingName}" belum disetujui.`, ...staffNote("id", note)],
    }),
    en: ({ listingName, note }) => ({
      subject: `Changes not approved: ${listingName}`,
      blocks: [`Your changes to "${listingName}" were not approved.`, ...staffNote("en", note)],
    }),
  },
  claimApproved: {
    id: ({ listingName }) => ({
      subject: `Klaim disetujui: ${listingName}`,
      blocks: [`Klaim Anda atas "${listingName}" disetujui. Listing ini kini tampil di dasbor akun Anda.`],
    }),
    en: ({ listingName }) => ({
      subject: `Claim approved: ${listingName}`,
      blocks: [`Your claim to "${listingName}" was approved. The listing now appears in your account dashboard.`],
    }),
  },
  claimRejected: {
    id: ({ listingName, note }) => ({
      subject: `Klaim belum disetujui: ${listingName}`,
      blocks: [`Klaim Anda atas "${listingName}" belum disetujui.`, ...staffNote("id", note)],
    }),
    en: ({ listingName, note }) => ({
      subject: `Claim not approved: ${listingName}`,
      blocks: [`Your claim to "${listingName}" was not approved.`, ...staffNote("en", note)],
    }),
  },
  certificationStatusChanged: {
    id: (params) => {
      const names = certificationStatusNames.id;
      const change = params.from ? `${names[params.from]} → ${names[params.to]}` : names[params.to];
      return {
        subject: `${params.typeName} untuk ${params.listingName}: ${names[params.to]}`,
        blocks: [
          `Halo ${params.recipientName},`,
          `Status ${params.typeName} untuk ${params.listingName} di ${SITE.id} berubah: ${change}.`,
          ...(params.note ? ["Catatan dari staf Disporapar:", { quote: params.note }] : []),
          "Riwayat lengkapnya:",
          { link: params.accountUrl },
          "Portal ini mencatat sertifikat yang diterbitkan lembaga penerbitnya; portal tidak menerbitkan sertifikat.",
        ],
      };
    },
    en: (params) => {
      const names = certificationStatusNames.en;
      const change = params.from ? `${names[params.from]} → ${names[params.to]}` : names[params.to];
      return {
        subject: `${params.typeName} for ${params.listingName}: ${names[params.to]}`,
        blocks: [
          `Hello ${params.recipientName},`,
          `The status of ${params.typeName} for ${params.listingName} on the ${SITE.en} changed: ${change}.`,
          ...(params.note ? ["Note from Disporapar staff:", { quote: params.note }] : []),
          "The full history:",
          { link: params.accountUrl },
          "The portal records certificates issued by their issuing bodies; it does not issue certificates itself.",
        ],
      };
    },
  },
  eventApproved: {
    id: ({ title, startsAt, eventUrl, note }) => ({
      subject: `Acara disetujui: ${title}`,
      blocks: [
        `Usulan acara "${title}" (${formatJakartaDateTime(startsAt, "id")}) sudah disetujui petugas dan kini ` +
          "tampil di portal:",
        { link: eventUrl },
        ...staffNote("id", note),
      ],
    }),
    en: ({ title, startsAt, eventUrl, note }) => ({
      subject: `Event approved: ${title}`,
      blocks: [
        `The proposed event "${title}" (${formatJakartaDateTime(startsAt, "en")}) was approved by staff and is ` +
          "now public:",
        { link: eventUrl },
        ...staffNote("en", note),
      ],
    }),
  },
  eventRejected: {
    id: ({ title, startsAt, proposeUrl, note }) => ({
      subject: `Acara belum disetujui: ${title}`,
      blocks: [
        `Usulan acara "${title}" (${formatJakartaDateTime(startsAt, "id")}) belum disetujui petugas.`,
        ...staffNote("id", note),
        "Anda dapat mengusulkannya lagi setelah diperbaiki:",
        { link: proposeUrl },
      ],
    }),
    en: ({ title, startsAt, proposeUrl, note }) => ({
      subject: `Event not approved: ${title}`,
      blocks: [
        `The proposed event "${title}" (${formatJakartaDateTime(startsAt, "en")}) was not approved by staff.`,
        ...staffNote("en", note),
        "You can propose it again once corrected:",
        { link: proposeUrl },
      ],
    }),
  },
  collaborationPostHidden: {
    id: ({ title, note, postUrl }) => ({
      subject: `Postingan kolaborasi Anda disembunyikan: "${title}"`,
      blocks: [
        `Petugas menyembunyikan postingan "${title}" dari papan kolaborasi karena melanggar aturan.`,
        `Catatan petugas: ${note}`,
        "Postingan:",
        { link: postUrl },
      ],
    }),
    en: ({ title, note, postUrl }) => ({
      subject: `Your collaboration post was hidden: "${title}"`,
      blocks: [
        `Staff hid the post "${title}" from the collaboration board because it breaks the rules.`,
        `Staff note: ${note}`,
        "The post:",
        { link: postUrl },
      ],
    }),
  },
  collaborationPostShown: {
    id: ({ title, note, postUrl }) => ({
      subject: `Postingan kolaborasi Anda ditampilkan kembali: "${title}"`,
      blocks: [
        `Petugas menampilkan kembali postingan "${title}" di papan kolaborasi.`,
        `Catatan petugas: ${note}`,
        "Postingan:",
        { link: postUrl },
      ],
    }),
    en: ({ title, note, postUrl }) => ({
      subject: `Your collaboration post is shown again: "${title}"`,
      blocks: [
        `Staff showed the post "${title}" on the collaboration board again.`,
        `Staff note: ${note}`,
        "The post:",
        { link: postUrl },
      ],
    }),
  },
  collaborationResponseReceived: {
    id: ({ responderName, posterName, title, message, postUrl }) => ({
      subject: `Tanggapan baru untuk "${title}" — ${SITE.id}`,
      blocks: [
        `${responderName} menanggapi postingan kolaborasi ${posterName}, "${title}":`,
        { quote: message },
        "Terima tanggapan ini di portal untuk melihat kontak penanggap:",
        { link: postUrl },
      ],
    }),
    en: ({ responderName, posterName, title, message, postUrl }) => ({
      subject: `New response to "${title}" — ${SITE.en}`,
      blocks: [
        `${responderName} responded to the collaboration post of ${posterName}, "${title}":`,
        { quote: message },
        "Accept this response on the portal to see the responder's contact details:",
        { link: postUrl },
      ],
    }),
  },
  collaborationResponseAccepted: {
    id: ({ listingName, title, postUrl }) => ({
      subject: `Tanggapan Anda diterima: "${title}"`,
      blocks: [
        `${listingName} menerima tanggapan Anda atas "${title}". Nama dan email akun Anda kini terlihat oleh ` +
          "mereka, dan mereka akan menghubungi Anda.",
        "Postingan:",
        { link: postUrl },
      ],
    }),
    en: ({ listingName, title, postUrl }) => ({
      subject: `Your response was accepted: "${title}"`,
      blocks: [
        `${listingName} accepted your response to "${title}". They can now see your account's name and email, ` +
          "and will contact you.",
        "The post:",
        { link: postUrl },
      ],
    }),
  },
  collaborationResponseDeclined: {
    id: ({ listingName, title, boardUrl }) => ({
      subject: `Tanggapan Anda belum dilanjutkan: "${title}"`,
      blocks: [
        `${listingName} belum melanjutkan tanggapan Anda atas "${title}". Kontak Anda tidak dibagikan. Terima ` +
          "kasih sudah menanggapi.",
        "Lihat postingan kolaborasi lain:",
        { link: boardUrl },
      ],
    }),
    en: ({ listingName, title, boardUrl }) => ({
      subject: `Your response was not taken further: "${title}"`,
      blocks: [
        `${listingName} did not take your response to "${title}" further. Your contact details were not shared. ` +
          "Thank you for responding.",
        "See other collaboration posts:",
        { link: boardUrl },
      ],
    }),
  },
  enquiryToManagers: {
    id: ({ senderName, senderEmail, listingName, message, messagesUrl }) => ({
      subject: `Pesan baru untuk ${listingName} — ${SITE.id}`,
      blocks: [
        `${senderName} <${senderEmail}> mengirim pesan melalui profil ${listingName}:`,
        { quote: message },
        `Balas langsung ke ${senderEmail}. Portal tidak membalas atas nama Anda.`,
        "Baca semua pesan untuk listing ini di:",
        { link: messagesUrl },
      ],
    }),
    en: ({ senderName, senderEmail, listingName, message, messagesUrl }) => ({
      subject: `New message for ${listingName} — ${SITE.en}`,
      blocks: [
        `${senderName} <${senderEmail}> sent a message through the profile of ${listingName}:`,
        { quote: message },
        `Reply directly to ${senderEmail}. The portal does not reply on your behalf.`,
        "Read every message for this listing at:",
        { link: messagesUrl },
      ],
    }),
  },
  enquiryAnswer: {
    id: ({ senderName, listingName, message, answer }) => ({
      subject: `Balasan pesan Anda tentang ${listingName} — ${SITE.id}`,
      blocks: [
        `Yth. ${senderName},`,
        `${listingName} belum memiliki pengelola di portal, jadi pesan Anda dibaca oleh Disporapar Kota Malang. Jawaban kami:`,
        { quote: answer },
        "Pesan Anda:",
        { quote: message },
      ],
    }),
    en: ({ senderName, listingName, message, answer }) => ({
      subject: `Reply to your message about ${listingName} — ${SITE.en}`,
      blocks: [
        `Dear ${senderName},`,
        `${listingName} has no manager on the portal yet, so Disporapar Kota Malang read your message. Our answer:`,
        { quote: answer },
        "Your message:",
        { quote: message },
      ],
    }),
  },
  freshnessReminder: {
    id: ({ listingName, since, graceDays, accountUrl }) => ({
      subject: `Apakah data ${listingName} masih benar?`,
      blocks: [
        `Data "${listingName}" di ${SITE.id} belum dikonfirmasi` +
          (since ? ` sejak ${formatJakartaDate(since, "id")}.` : "."),
        `Buka tautan berikut, lalu pilih "Data masih benar" atau ubah datanya. Jika tidak ada jawaban dalam ` +
          `${graceDays} hari, listing ini tidak lagi ditampilkan.`,
        { link: accountUrl },
      ],
    }),
    en: ({ listingName, since, staleDays, graceDays, accountUrl }) => ({
      subject: `Are the details of ${listingName} still right?`,
      blocks: [
        `The details of "${listingName}" on the ${SITE.en} have not been confirmed for over ${staleDays} days` +
          (since ? ` (since ${formatJakartaDate(since, "en")}).` : "."),
        `Open the link below and choose "Data masih benar" (still correct) or edit them. Without an answer ` +
          `within ${graceDays} days the listing is no longer shown.`,
        { link: accountUrl },
      ],
    }),
  },
  listingDeactivatedStale: {
    id: ({ listingName, graceDays, accountUrl }) => ({
      subject: `Listing dinonaktifkan: ${listingName}`,
      blocks: [
        `"${listingName}" tidak lagi tampil di ${SITE.id} karena datanya tidak dikonfirmasi dalam ${graceDays} ` +
          "hari setelah pengingat. Perbarui datanya lalu hubungi petugas Disporapar untuk menampilkannya lagi:",
        { link: accountUrl },
      ],
    }),
    en: ({ listingName, graceDays, accountUrl }) => ({
      subject: `Listing made inactive: ${listingName}`,
      blocks: [
        `"${listingName}" is no longer shown on the ${SITE.en} because its details were not confirmed within ` +
          `${graceDays} days of the reminder. Update them and ask Disporapar staff to show it again:`,
        { link: accountUrl },
      ],
    }),
  },
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const isSafeLink = (url: string) => /^https?:\/\//.test(url);

function toText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (typeof block === "string") return block;
      if ("link" in block) return block.link;
      return block.quote;
    })
    .join("\n\n");
}

function toHtml(blocks: Block[], locale: MailLocale): string {
  const body = blocks
    .map((block) => {
      if (typeof block === "string") return `<p>${escapeHtml(block)}</p>`;
      if ("link" in block) {
        const label = escapeHtml(block.label ?? block.link);
        return isSafeLink(block.link) ? `<p><a href="${escapeHtml(block.link)}">${label}</a></p>` : `<p>${label}</p>`;
      }
      const lines = block.quote.split("\n").map(escapeHtml).join("<br>");
      return `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #cbd5e1">${lines}</blockquote>`;
    })
    .join("\n");
  return (
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"></head>` +
    `<body style="font-family:sans-serif;line-height:1.5;color:#0f172a">\n${body}\n` +
    `<p style="color:#475569;font-size:0.9em">${escapeHtml(SITE[locale])}</p>\n</body></html>`
  );
}

/** One template in one language, as subject, plain text and HTML. */
export function renderEmail<Id extends TemplateId>(
  id: Id,
  locale: MailLocale,
  params: TemplateParams[Id],
): RenderedEmail {
  const draft = (templates[id][locale] as (params: TemplateParams[Id]) => Draft)(params);
  return { subject: draft.subject, text: toText(draft.blocks), html: toHtml(draft.blocks, locale) };
}
