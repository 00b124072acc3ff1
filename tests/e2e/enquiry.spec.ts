import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// The first sample creative business is published and managed by the demo owner (prisma/seed-data).
const PROFILE = { path: "/usaha/sari-apel-tlogomas-lestari-contoh", name: "Sari Apel Tlogomas Lestari" };
const OWNER = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("a visitor sends a message from a profile, and its owner reads it with the month's views", async ({ page }) => {
  const message = `Apakah bisa pesan 50 botol sari apel untuk acara kantor? Kode ${unique()}`;
  const response = await page.goto(PROFILE.path);
  // The form and the view beacon keep the profile a cached page (not rendered per request).
  expect(response?.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const form = page.getByRole("region", { name: "Kirim pesan" });
  await form.getByLabel("Nama", { exact: true }).fill("Rina Pengunjung");
  await form.getByLabel("Email", { exact: true }).fill("bukan-email");
  await form.getByLabel("Pesan", { exact: true }).fill(message);
  await form.getByRole("button", { name: "Kirim pesan" }).click();

  // A per-field error, tied to its field; what was typed is kept.
  const email = form.getByLabel("Email", { exact: true });
  await expect(email).toHaveAccessibleDescription("Masukkan alamat email yang benar, misalnya nama@contoh.id.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Pesan", { exact: true })).toHaveValue(message);

  await email.fill(`rina-${unique()}@contoh.id`);
  await form.getByRole("button", { name: "Kirim pesan" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Terima kasih, pesan Anda sudah terkirim. Pengelola akan membalas ke email Anda.",
  );

  await page.goto("/masuk");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Kata sandi").fill(OWNER.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun$/);
  await page.getByRole("link", { name: `Pesan & kunjungan: ${PROFILE.name}` }).click();

  await expect(page).toHaveURL(/\/akun\/listing\/[^/]+\/pesan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pesan & kunjungan: ${PROFILE.name}`);
  const enquiry = page.getByRole("region", { name: "Pesan masuk" }).getByRole("article").filter({ hasText: message });
  await expect(enquiry).toHaveCount(1);
  await expect(enquiry.getByRole("heading")).toHaveText("Dari Rina Pengunjung");

  // New messages are marked unread until a manager marks them read; the mark is kept.
  await expect(enquiry.getByText("Belum dibaca", { exact: true })).toBeVisible();
  await enquiry.getByRole("button", { name: "Tandai sudah dibaca: pesan dari Rina Pengunjung" }).click();
  await expect(enquiry.getByRole("button", { name: "Tandai belum dibaca: pesan dari Rina Pengunjung" })).toBeVisible();
  await expect(enquiry.getByText("Belum dibaca", { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(enquiry.getByRole("button", { name: "Tandai belum dibaca: pesan dari Rina Pengunjung" })).toBeVisible();

  // The visitor's visit was counted by the beacon (other tests may add more views this month).
  const views = page.getByRole("region", { name: "Kunjungan profil per bulan" });
  const currentMonth = views.getByRole("row").nth(1);
  await expect(currentMonth).toContainText(
    new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", month: "long", year: "numeric" }).format(new Date()),
  );
  expect(Number(await currentMonth.getByRole("cell").textContent())).toBeGreaterThanOrEqual(1);

  await expectNoAxeViolations(page, { include: ["main"], rules: "all", impacts: "any" });
});

test("another signed-in user cannot open a listing's messages", async ({ page }) => {
  // Staff manage no sample listings, so the owner's page does not exist for them.
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Kata sandi").fill(OWNER.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun$/);
  const inboxPath = await page.getByRole("link", { name: `Pesan & kunjungan: ${PROFILE.name}` }).getAttribute("href");
  // Not "Keluar": signing out ends every session of the demo owner, which other tests use at the same time.
  await page.context().clearCookies();

  await page.goto("/masuk");
  await page.getByLabel("Email").fill("staf@contoh.id");
  await page.getByLabel("Kata sandi").fill("demo-staf-ekraf");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun$/);
  const response = await page.goto(inboxPath!);
  expect(response?.status()).toBe(404);
});

test("a visitor reports a problem from the profile and gets a confirmation", async ({ page }) => {
  await page.goto(PROFILE.path);
  await page.getByRole("link", { name: "Laporkan kesalahan" }).click();
  await expect(page).toHaveURL(new RegExp(`${PROFILE.path}/laporkan$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporkan kesalahan");
  await expect(page.getByRole("main")).toContainText(PROFILE.name);

  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(main.getByText("Pilih salah satu masalah.")).toBeVisible();
  await expect(main.getByLabel("Penjelasan")).toHaveAccessibleDescription(/Penjelasan terlalu pendek/);

  await main.getByRole("radio", { name: "Data salah atau sudah usang" }).check();
  await main.getByLabel("Penjelasan").fill(`Nomor WhatsApp-nya sudah tidak aktif. ${unique()}`);
  await main.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(main.getByRole("status")).toHaveText(
    "Terima kasih, laporan Anda sudah kami terima dan akan diperiksa staf.",
  );
});

test("the view counter takes POST only", async ({ request }) => {
  const response = await request.get("/api/listings/bukan-listing/views");
  expect(response.status()).toBe(405);
  expect((await request.post("/api/listings/bukan-listing/views")).status()).toBe(204);
});
