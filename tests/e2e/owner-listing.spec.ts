import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { submitNewListing } from "./support/listing-form";

// A 1×1 PNG, and an SVG that pretends to be a JPEG by its name.
const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const svgAsJpeg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

async function asStaff(browser: Browser, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoStaff.email, demoStaff.password);
  await work(page);
  await context.close();
}

async function decide(page: Page, reviewName: string, decision: "Setujui" | "Tolak", note?: string) {
  await page.goto("/admin/moderasi");
  await page
    .getByRole("link", { name: `Tinjau: ${reviewName}` })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reviewName);
  if (note) await page.getByLabel("Catatan untuk pengelola").fill(note);
  await page.getByRole("button", { name: decision }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    decision === "Setujui" ? "Disetujui." : "Ditolak; pengelola diberi tahu lewat email.",
  );
}

test("a new community listing stays private until staff approve it; owner edits go through review", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUpVerifyAndSignIn(page, "Pegiat Komunitas");
  const name = `Komunitas Fotografi Uji ${Date.now()}`;

  await page.getByRole("link", { name: "Tambah listing" }).click();
  await page.getByRole("main").getByRole("link", { name: "Komunitas", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah listing baru: Komunitas" })).toBeVisible();
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page
    .getByLabel("Ringkasan (Bahasa Indonesia)")
    .fill("Komunitas pemotret jalanan yang hunting tiap Minggu pagi.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Fotografi" });
  await page.getByLabel("Nomor WhatsApp").fill("0812 3456 7890");
  await page.getByLabel("Situs web").fill("bukan-alamat");
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  await expect(page.getByText("Masukkan alamat lengkap yang diawali https://.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Nama (Bahasa Indonesia)")).toHaveValue(name);

  await page.getByLabel("Situs web").fill("https://komunitas.contoh.id");
  await submitNewListing(page);
  await expect(page.getByText("Menunggu tinjauan").first()).toBeVisible();
  const managePath = new URL(page.url()).pathname;

  await page.goto(`/komunitas?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name })).toHaveCount(0);

  await asStaff(browser, (staff) => decide(staff, name, "Setujui"));

  await page.goto(`/komunitas?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const publicPath = new URL(page.url()).pathname;
  await expect(page.getByText("hunting tiap Minggu pagi")).toBeVisible();

  // An edit becomes a pending revision: the public page does not change.
  await page.goto(managePath);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Ringkasan baru yang belum disetujui petugas.");
  await page.getByRole("button", { name: "Kirim perubahan untuk ditinjau" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("dikirim untuk ditinjau");
  await page.goto(publicPath);
  await expect(page.getByText("hunting tiap Minggu pagi")).toBeVisible();
  await expect(page.getByText("Ringkasan baru yang belum disetujui")).toHaveCount(0);

  await asStaff(browser, (staff) => decide(staff, name, "Tolak", "Ringkasan terlalu umum, sebutkan lokasi."));
  await page.goto(managePath);
  await expect(page.getByText("Catatan petugas: Ringkasan terlalu umum, sebutkan lokasi.")).toBeVisible();

  await page
    .getByLabel("Ringkasan (Bahasa Indonesia)")
    .fill("Komunitas pemotret jalanan di Alun-Alun Tugu tiap Minggu.");
  await page.getByLabel(/^Foto \(PNG/).setInputFiles({ name: "hunting.png", mimeType: "image/png", buffer: tinyPng });
  await page.getByRole("button", { name: "Kirim perubahan untuk ditinjau" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("dikirim untuk ditinjau");
  await page.goto(publicPath);
  await expect(page.getByRole("img", { name: `Foto ${name} ke-1` })).toHaveCount(0);
  await asStaff(browser, (staff) => decide(staff, name, "Setujui"));
  await page.goto(publicPath);
  await expect(page.getByText("di Alun-Alun Tugu tiap Minggu")).toBeVisible();
  const photo = page.getByRole("img", { name: `Foto ${name} ke-1` });
  await expect(photo).toBeVisible();
  // The photo is lazy-loaded: bring it into view, then wait until the browser has decoded the approved file.
  await photo.scrollIntoViewIfNeeded();
  await expect
    .poll(() => photo.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : -1)))
    .toBe(1);
});

test("a logo is checked by its bytes: a renamed SVG is refused, a PNG is accepted for review", async ({ page }) => {
  await signUpVerifyAndSignIn(page, "Perajin Logo");
  await page.goto("/akun/listing/baru?jenis=usaha");
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(`Kriya Logo Uji ${Date.now()}`);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Perajin gerabah kecil di Kedungkandang.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Kriya" });
  await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.jpg", mimeType: "image/jpeg", buffer: svgAsJpeg });
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  // The message shows at the field (and again, linked, in the summary at the top).
  await expect(page.getByText(/Hanya gambar PNG, JPEG, atau WebP yang diterima/).last()).toBeVisible();

  await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: tinyPng });
  await submitNewListing(page);
});

test("a person claims an existing studio and manages it only after staff approve", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signUpVerifyAndSignIn(page, "Pendiri Studio");
  await page.goto("/startup");
  const firstResult = page.getByRole("main").getByRole("listitem").getByRole("link").first();
  const studioName = (await firstResult.textContent())!.trim();
  await firstResult.click();
  await expect(page.getByRole("heading", { level: 1, name: studioName })).toBeVisible();
  await page.getByRole("link", { name: "Ajukan klaim" }).click();
  await page.getByLabel("Hubungan Anda dengan listing ini").fill("Pendek");
  await page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(page.getByText("Jelaskan hubungan Anda minimal 20 karakter.")).toBeVisible();
  await page
    .getByLabel("Hubungan Anda dengan listing ini")
    .fill("Saya salah satu pendiri studio ini sejak 2020; nama saya ada di akta.");
  await page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Klaim Anda terkirim");

  await page.goto("/akun");
  await expect(page.getByRole("link", { name: `Kelola: ${studioName}` })).toHaveCount(0);

  await asStaff(browser, (staff) => decide(staff, studioName, "Setujui"));
  await page.goto("/akun");
  await expect(page.getByRole("link", { name: `Kelola: ${studioName}` })).toBeVisible();
});
