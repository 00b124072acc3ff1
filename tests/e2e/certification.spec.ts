import { expect, test, type Page } from "@playwright/test";
import { signIn as signInWith } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

const signIn = (page: Page, account: { email: string; password: string }) =>
  signInWith(page, account.email, account.password);

// Demo accounts from README.md (demo mode only). The listing is a published sample with no certificate of its own
// and is used by no other browser test, so adding and revoking one here changes nothing they check.
const STAFF = { email: "staf@contoh.id", password: "demo-staf-ekraf" };
const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };
const LISTING = { name: "Studio Foto Brantas Makmur", path: "/usaha/studio-foto-brantas-makmur-contoh" };

async function verifyNumber(page: Page, number: string) {
  await page.goto("/sertifikasi/verifikasi");
  const form = page.getByRole("search", { name: "Periksa sertifikat" });
  await form.getByLabel("Nomor sertifikat").fill(number);
  await form.getByRole("button", { name: "Periksa" }).click();
  await expect(page).toHaveURL(/\/sertifikasi\/verifikasi\?nomor=/);
  return page.getByRole("main").getByRole("listitem").filter({ hasText: number });
}

test("staff record a certificate, it shows on the profile and verifies; revoked, it leaves the profile", async ({
  page,
}) => {
  // A whole journey over three pages and two staff decisions: about 40–60 s on two shared cores.
  test.setTimeout(150_000);
  const number = `IDM-E2E-${Date.now()}`;
  await signIn(page, STAFF);

  // Find the listing and record an already-issued trademark for it.
  await page.goto("/admin/sertifikasi");
  await page.getByRole("link", { name: "Catat sertifikat baru" }).click();
  const find = page.getByRole("search", { name: "Cari listing" });
  await find.getByLabel("Nama listing").fill(LISTING.name);
  await find.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("link", { name: `Pilih ${LISTING.name}` }).click();
  await expect(page.getByRole("region", { name: "Untuk listing" })).toContainText(LISTING.name);
  await page.getByLabel("Jenis sertifikat").selectOption({ label: "Merek — DJKI Kementerian Hukum" });
  await page.getByLabel("Nomor sertifikat").fill(number);
  await page.getByLabel("Tanggal terbit").fill("2025-01-15");
  await page.getByLabel("Berlaku sampai").fill("2035-01-14");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Catat sebagai tersertifikasi" }).click();
  await expect(page).toHaveURL(/\/admin\/sertifikasi\/\w+\?hasil=dibuat$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Sertifikat dicatat sebagai tersertifikasi.");
  const adminPath = new URL(page.url()).pathname;
  await expectNoAxeViolations(page);

  // Listed among the certified businesses, filtered by type, in both languages.
  await page.goto("/sertifikasi?jenis=merek");
  await expect(page.getByRole("main").getByRole("link", { name: LISTING.name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/en/sertifikasi?jenis=merek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Certified creative businesses");
  await expect(page.getByRole("main").getByRole("link", { name: LISTING.name })).toBeVisible();

  // The (cached) public profile badges it at once, and the verification page finds it by number.
  await page.goto(LISTING.path);
  const certificate = page
    .getByRole("region", { name: "Sertifikasi" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Merek" }) });
  await expect(certificate).toContainText("Tersertifikasi");
  await expect(certificate).toContainText(number);

  const found = await verifyNumber(page, number.toLowerCase());
  await expect(found).toHaveCount(1);
  await expect(found).toContainText("Tersertifikasi");
  await expect(found).toContainText(LISTING.name);

  // Its own page names the issuer, says the portal only records it, and carries a QR code of its address.
  await found.getByRole("link", { name: /Lihat halaman sertifikat/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Merek — ${LISTING.name}`);
  await expect(page.getByRole("main")).toContainText("Portal tidak menerbitkan sertifikat");
  const qrCode = page.getByRole("img", { name: /^Kode QR/ });
  await expect(qrCode).toHaveAttribute("aria-label", `Kode QR berisi alamat halaman sertifikat ini: ${page.url()}`);
  await expect(qrCode.locator("svg path")).not.toHaveCount(0);
  await expectNoAxeViolations(page);
  const certificatePath = new URL(page.url()).pathname;
  await page.goto(`/en${certificatePath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trademark — ${LISTING.name}`);
  await expect(page.getByRole("main")).toContainText("Valid as of today");

  // Revoking needs a reason; with one, the managers are told and the public pages follow.
  await page.goto(adminPath);
  const revoke = page.getByRole("region", { name: "Cabut", exact: true });
  await revoke.getByRole("button", { name: "Cabut" }).click();
  await expect(revoke.getByText("Tuliskan alasannya; pengelola akan membacanya.")).toBeVisible();
  await revoke.getByLabel("Alasan (wajib)").fill("Pendaftaran merek dibatalkan DJKI.");
  await revoke.getByRole("button", { name: "Cabut" }).click();
  await expect(page).toHaveURL(/\?hasil=status$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Status diperbarui dan pengelola diberi tahu lewat email.",
  );
  await expect(page.getByRole("table", { name: "Riwayat status" })).toContainText("Tersertifikasi → Dicabut");
  await expect(page.getByRole("table", { name: "Riwayat status" })).toContainText("Pendaftaran merek dibatalkan DJKI.");

  await page.goto(LISTING.path);
  await expect(page.getByRole("region", { name: "Sertifikasi" }).getByRole("heading", { name: "Merek" })).toHaveCount(
    0,
  );

  const revoked = await verifyNumber(page, number);
  await expect(revoked).toHaveCount(1);
  await expect(revoked).toContainText("Dicabut");
  await expect(revoked).not.toContainText("Tersertifikasi");
  await expectNoAxeViolations(page);
  await page.goto(certificatePath);
  await expect(page.getByRole("main")).toContainText(/Dicabut pada \d+ \w+ \d{4}\./);
  await expect(page.getByRole("main")).not.toContainText("Berlaku per hari ini");
  await page.goto("/sertifikasi?jenis=merek");
  await expect(page.getByRole("main").getByRole("link", { name: LISTING.name })).toHaveCount(0);

  const unknown = await verifyNumber(page, `TIDAK-ADA-${Date.now()}`);
  await expect(unknown).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Tidak ditemukan");
});

test("an owner applies for a certification and sees it as applied, with its history", async ({ page }) => {
  await signIn(page, OWNER);
  await page.getByRole("link", { name: "Sertifikasi saya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sertifikasi saya" })).toBeVisible();
  await page.getByRole("link", { name: "Ajukan sertifikasi" }).click();

  await page.getByLabel("Listing", { exact: true }).selectOption({ label: "Sari Apel Tlogomas Lestari" });
  await page.getByLabel("Jenis sertifikat").selectOption({ label: "Sertifikat Halal — BPJPH Kementerian Agama" });
  await page.getByLabel("Tanggal terbit").fill("2025-06-01");
  await page.getByLabel("Berlaku sampai").fill("2025-05-01");
  await page.getByRole("button", { name: "Kirim pengajuan" }).click();
  await expect(page.getByText("Tanggal berlaku sampai harus sesudah tanggal terbit.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Berlaku sampai").fill("");
  await page.getByLabel("Berkas bukti (opsional)").setInputFiles({
    name: "bukti-pengajuan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Kirim pengajuan" }).click();
  await expect(page).toHaveURL(/\/akun\/sertifikasi\?hasil=diajukan$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Diajukan");

  const application = page.getByRole("article", { name: /Sertifikat Halal untuk Sari Apel Tlogomas Lestari/ });
  await expect(application).toHaveCount(1);
  await expect(application).toContainText("Diajukan");
  await expect(application.getByRole("link", { name: "Berkas bukti" })).toBeVisible();
  await expect(application.getByRole("region", { name: /Riwayat/ })).toContainText("Pemilik Usaha Demo");
  await expectNoAxeViolations(page);
});
