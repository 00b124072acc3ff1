import { describe, expect, it } from "vitest";
import { mailLocales, renderEmail, templates, toMailLocale, type TemplateId, type TemplateParams } from "./templates";

// One set of parameters per template. Typed against TemplateParams, so a new template without an example here
// fails to compile, and the test below fails if `templates` and this list ever disagree.
const examples: { [Id in TemplateId]: TemplateParams[Id] } = {
  verifyEmail: { verifyUrl: "https://portal.contoh.id/verifikasi?token=abc" },
  signUpExistingAccount: { signInUrl: "https://portal.contoh.id/masuk" },
  passwordReset: { resetUrl: "https://portal.contoh.id/atur-ulang?token=abc" },
  staffInvitation: { acceptUrl: "https://portal.contoh.id/undangan-staf?token=abc", hasAccount: true },
  managerInvitation: {
    inviterName: "Sari",
    listingName: "Kopi Tugu",
    acceptUrl: "https://portal.contoh.id/undangan?token=abc",
    email: "baru@contoh.id",
  },
  listingApproved: { listingName: "Kopi Tugu" },
  listingRejected: { listingName: "Kopi Tugu", note: "Alamat belum lengkap." },
  revisionApproved: { listingName: "Kopi Tugu" },
  revisionRejected: { listingName: "Kopi Tugu", note: "Ringkasan terlalu umum." },
  claimApproved: { listingName: "Kopi Tugu" },
  claimRejected: { listingName: "Kopi Tugu", note: "Bukti tidak cukup." },
  certificationStatusChanged: {
    recipientName: "Sari",
    typeName: "Sertifikat Halal",
    listingName: "Kopi Tugu",
    from: "CERTIFIED",
    to: "REVOKED",
    note: "Dicabut penerbit.",
    accountUrl: "https://portal.contoh.id/akun/sertifikasi",
  },
  eventApproved: {
    title: "Pameran Kriya",
    startsAt: new Date("2026-03-05T02:00:00Z"),
    eventUrl: "https://portal.contoh.id/acara/pameran-kriya",
    note: "Silakan sebarkan tautannya.",
  },
  eventRejected: {
    title: "Pameran Kriya",
    startsAt: new Date("2026-03-05T02:00:00Z"),
    proposeUrl: "https://portal.contoh.id/akun/acara/usulkan",
    note: null,
  },
  collaborationPostHidden: { title: "Cari ilustrator", note: "Isinya iklan.", postUrl: "https://portal.contoh.id/k/1" },
  collaborationPostShown: {
    title: "Cari ilustrator",
    note: "Sudah diperbaiki.",
    postUrl: "https://portal.contoh.id/k/1",
  },
  collaborationResponseReceived: {
    responderName: "Studio Apel",
    posterName: "Kopi Tugu",
    title: "Cari ilustrator",
    message: "Kami bisa <b>membantu</b>.\nHubungi kami.",
    postUrl: "https://portal.contoh.id/kolaborasi/1",
  },
  collaborationResponseAccepted: {
    listingName: "Kopi Tugu",
    title: "Cari ilustrator",
    postUrl: "https://portal.contoh.id/kolaborasi/1",
  },
  collaborationResponseDeclined: {
    listingName: "Kopi Tugu",
    title: "Cari ilustrator",
    boardUrl: "https://portal.contoh.id/kolaborasi",
  },
  enquiryToManagers: {
    senderName: "Budi",
    senderEmail: "budi@contoh.id",
    listingName: "Kopi Tugu",
    message: "Apakah buka hari Minggu?",
    messagesUrl: "https://portal.contoh.id/akun/listing/1/pesan",
  },
  enquiryAnswer: {
    senderName: "Budi",
    listingName: "Kopi Tugu",
    message: "Apakah buka hari Minggu?",
    answer: "Buka, pukul 08.00–15.00.",
  },
  freshnessReminder: {
    listingName: "Kopi Tugu",
    since: new Date("2025-01-02T00:00:00Z"),
    graceDays: 60,
    staleDays: 365,
    accountUrl: "https://portal.contoh.id/akun",
  },
  listingDeactivatedStale: { listingName: "Kopi Tugu", graceDays: 60, accountUrl: "https://portal.contoh.id/akun" },
};

const templateIds = Object.keys(templates) as TemplateId[];

describe("email templates", () => {
  it("has an example for every template and no example without a template", () => {
    expect(Object.keys(examples).sort()).toEqual([...templateIds].sort());
  });

  describe.each(templateIds)("%s", (id) => {
    it.each(mailLocales)(
      "renders in %s with a subject, a plain-text part and an HTML part, nothing missing",
      (locale) => {
        const email = renderEmail(id, locale, examples[id] as never);
        for (const part of [email.subject, email.text, email.html]) {
          expect(part.trim()).not.toBe("");
          expect(part).not.toMatch(/undefined|\bnull\b|NaN|\[object |\{\w+\}/);
        }
        expect(email.subject).not.toContain("\n");
        expect(email.html).toContain(`<html lang="${locale}">`);
        // Every link in the parameters reaches the reader in both parts.
        for (const value of Object.values(examples[id] as Record<string, unknown>))
          if (typeof value === "string" && value.startsWith("https://")) {
            expect(email.text).toContain(value);
            expect(email.html).toContain(`href="${value}"`);
          }
      },
    );

    it("is written in each language, not copied from the other", () => {
      const indonesian = renderEmail(id, "id", examples[id] as never);
      const english = renderEmail(id, "en", examples[id] as never);
      expect(english.subject).not.toBe(indonesian.subject);
      expect(english.text).not.toBe(indonesian.text);
    });
  });

  it("escapes what people typed in the HTML part and keeps it as typed in the text part", () => {
    const email = renderEmail("collaborationResponseReceived", "id", examples.collaborationResponseReceived);
    expect(email.text).toContain("Kami bisa <b>membantu</b>.");
    expect(email.html).toContain("Kami bisa &lt;b&gt;membantu&lt;/b&gt;.<br>Hubungi kami.");
    expect(email.html).not.toContain("<b>");
  });

  it("keeps the staff note in the body of a rejection", () => {
    expect(renderEmail("listingRejected", "en", examples.listingRejected).text).toContain("Alamat belum lengkap.");
    expect(renderEmail("eventRejected", "id", examples.eventRejected).text).not.toContain("Catatan petugas");
  });

  it("falls back to Indonesian for any language the portal does not write in", () => {
    expect(toMailLocale("en")).toBe("en");
    expect(toMailLocale("id")).toBe("id");
    expect(toMailLocale("fr")).toBe("id");
    expect(toMailLocale(null)).toBe("id");
  });
});
