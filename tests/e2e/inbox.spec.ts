import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { submitNewListing } from "./support/listing-form";

const demoAdmin = { email: "admin@contoh.id", password: "demo-admin-ekraf" };
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

// The demo seed keeps something of every kind waiting (a revision and a claim, certification applications, an
// event proposal, a proposed sample listing); this file adds messages and reports of its own, with unique senders.
const kindLabels = [
  "Listing baru",
  "Revisi",
  "Klaim",
  "Sertifikasi",
  "Usulan acara",
  "Laporan masalah",
  "Pesan",
] as const;

async function signedIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  return page;
}

/** The first campus in the directory: campuses have no managers in the demo, so Disporapar reads their messages. */
async function openUnmanagedProfile(page: Page): Promise<string> {
  await page.goto("/kampus");
  const first = page.getByRole("region", { name: "Hasil" }).getByRole("listitem").first().getByRole("link").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/kampus\/[\w-]+$/);
  await page.goto(href!);
  const name = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  expect(name).not.toBe("");
  return name;
}

async function sendMessage(page: Page, sender: string, message: string) {
  const form = page.getByRole("region", { name: "Kirim pesan" });
  await expect(form).toContainText("dibaca oleh petugas Disporapar Kota Malang");
  await form.getByLabel("Nama", { exact: true }).fill(sender);
  await form.getByLabel("Email", { exact: true }).fill(`pengunjung-${unique()}@contoh.id`);
  await form.getByLabel("Pesan", { exact: true }).fill(message);
  await form.getByRole("button", { name: "Kirim pesan" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Terima kasih, pesan Anda sudah terkirim ke Disporapar Kota Malang. Petugas akan membalas ke email Anda.",
  );
}

function inboxItem(page: Page, text: string) {
  return page.getByRole("list", { name: "Tugas menunggu, yang paling lama di atas" }).getByRole("listitem").filter({
    hasText: text,
  });
}

test("every kind of waiting item is in one list, and a message to an unclaimed listing is answered from it", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const sender = `Pengunjung Tugas ${unique()}`;
  const message = `Apakah kampus ini membuka kelas desain untuk umum? ${unique()}`;
  const listingName = await openUnmanagedProfile(page);
  const profilePath = new URL(page.url()).pathname;
  await sendMessage(page, sender, message);
  // A problem report too (the demo seeds none).
  await page.goto(`${profilePath}/laporkan`);
  const main = page.getByRole("main");
  await main.getByRole("radio", { name: "Data salah atau sudah usang" }).check();
  await main.getByLabel("Penjelasan").fill(`Alamat kampus sudah pindah. ${unique()}`);
  await main.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(main.getByRole("status")).toContainText("laporan Anda sudah kami terima");

  const staff = await signedIn(browser, demoStaff);
  // Staff find their way in from the header, and the task list is the first admin link.
  await staff.getByRole("link", { name: "Admin", exact: true }).first().click();
  await expect(staff).toHaveURL(/\/admin\/tugas$/);
  await expect(staff.getByRole("navigation", { name: "Menu admin" }).getByRole("link").first()).toHaveText("Tugas");
  // Staff do not see the admin-only users page.
  await expect(
    staff.getByRole("navigation", { name: "Menu admin" }).getByRole("link", { name: "Pengguna" }),
  ).toHaveCount(0);

  const counts = staff.getByRole("navigation", { name: "Jumlah per jenis" });
  const list = staff.getByRole("list", { name: "Tugas menunggu, yang paling lama di atas" });
  for (const label of kindLabels) {
    const link = counts.getByRole("link", { name: new RegExp(`^${label} \\(\\d+\\)$`) });
    const count = Number(/\((\d+)\)/.exec((await link.textContent()) ?? "")?.[1]);
    expect(count, label).toBeGreaterThanOrEqual(1);
    await expect(list.getByText(label, { exact: true }).first(), label).toBeVisible();
  }
  await expectNoAxeViolations(staff);
  await staff.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(staff);
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await staff.setViewportSize({ width: 1366, height: 900 });

  // The no-JavaScript filter form: only messages.
  await staff.getByLabel("Jenis", { exact: true }).selectOption({ label: "Pesan" });
  await staff.getByRole("button", { name: "Terapkan" }).click();
  await expect(staff).toHaveURL(/\/admin\/tugas\?jenis=pesan/);
  await expect(list.getByText("Revisi", { exact: true })).toHaveCount(0);
  const item = inboxItem(staff, sender);
  await expect(item).toContainText(listingName);
  await expect(item).toContainText("Belum ada yang menangani");

  await item.getByRole("link", { name: `Buka Pesan: ${listingName}` }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Pesan untuk ${listingName}`);
  await expect(staff.getByRole("main")).toContainText(message);
  await staff.getByLabel("Jawaban").fill("Ya, kelas desain terbuka untuk umum setiap Sabtu. Salam, Disporapar.");
  await staff.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(staff).toHaveURL(/\/admin\/tugas\?jenis=pesan&selesai=pesan%7E\w+&hasil=dijawab$/);
  await expect(staff.getByRole("main").getByRole("status")).toContainText(
    `Pesan untuk «${listingName}» dijawab; jawaban dikirim ke pengirim lewat email.`,
  );
  await expect(inboxItem(staff, sender)).toHaveCount(0);

  // The answer went to the visitor, not to every official.
  await staff.goto("/kotak-keluar");
  const mail = staff.getByRole("article").filter({ hasText: message });
  await expect(mail).toHaveCount(1);
  await expect(mail).toContainText("Ya, kelas desain terbuka untuk umum setiap Sabtu.");
  await expect(mail).toContainText(/pengunjung-[\w-]+@contoh\.id/);
  await staff.context().close();
});

test("taking an item marks it for the other official, who cannot take it too", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const sender = `Pengirim Diambil ${unique()}`;
  await openUnmanagedProfile(page);
  await sendMessage(page, sender, `Apakah ada beasiswa untuk warga Malang? ${unique()}`);

  const staff = await signedIn(browser, demoStaff);
  const admin = await signedIn(browser, demoAdmin);
  await staff.goto("/admin/tugas?jenis=pesan");
  await inboxItem(staff, sender)
    .getByRole("button", { name: /^Saya tangani: / })
    .click();
  await expect(staff.getByRole("main").getByRole("status")).toContainText("Anda menangani Pesan");
  await expect(inboxItem(staff, sender)).toContainText("Anda tangani");

  await admin.goto("/admin/tugas?jenis=pesan");
  const seenByAdmin = inboxItem(admin, sender);
  await expect(seenByAdmin).toContainText("Ditangani Staf Disporapar Demo");
  await expect(seenByAdmin.getByRole("button", { name: /^Saya tangani: / })).toHaveCount(0);
  // Answering a message someone else holds is refused with their name.
  await seenByAdmin.getByRole("link", { name: /^Buka Pesan: / }).click();
  await admin.getByLabel("Jawaban").fill("Jawaban dari admin yang tidak boleh terkirim.");
  await admin.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(admin.getByRole("main").getByRole("alert")).toHaveText(
    "Pesan ini ditangani Staf Disporapar Demo; minta dia melepasnya lebih dulu.",
  );

  // Released, it is free for anyone again.
  await staff.goto("/admin/tugas?jenis=pesan");
  await inboxItem(staff, sender)
    .getByRole("button", { name: /^Lepaskan: / })
    .click();
  await expect(inboxItem(staff, sender)).toContainText("Belum ada yang menangani");
  await admin.goto("/admin/tugas?jenis=pesan");
  await expect(inboxItem(admin, sender).getByRole("button", { name: /^Saya tangani: / })).toBeVisible();
  await staff.context().close();
  await admin.context().close();
});

test("decisions from the inbox return to it naming the item, and move on with the next one", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await signUpVerifyAndSignIn(page, "Pengelola Tugas");
  const name = `Komunitas Tugas Uji ${unique()}`;
  await page.goto("/akun/listing/baru?jenis=komunitas");
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Komunitas ilustrator yang berkumpul tiap Sabtu sore.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Fotografi" });
  await submitNewListing(page);
  const managePath = new URL(page.url()).pathname;

  const staff = await signedIn(browser, demoStaff);
  await staff.goto("/admin/tugas?jenis=listing-baru");
  await inboxItem(staff, name)
    .getByRole("link", { name: `Buka Listing baru: ${name}` })
    .click();
  await staff.getByRole("button", { name: "Setujui" }).click();
  await expect(staff).toHaveURL(/\/admin\/tugas\?jenis=listing-baru&selesai=listing-baru%7E\w+&hasil=disetujui$/);
  await expect(staff.getByRole("main").getByRole("status")).toContainText(`Listing baru «${name}» disetujui.`);

  await page.goto(managePath);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Komunitas ilustrator di Kayutangan tiap Sabtu sore.");
  await page.getByRole("button", { name: "Kirim perubahan untuk ditinjau" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("dikirim untuk ditinjau");

  // Something else always waits: a message of this test's own, so "next" has somewhere to go.
  await openUnmanagedProfile(page);
  await sendMessage(page, `Pengirim Berikutnya ${unique()}`, `Pesan agar ada tugas berikutnya ${unique()}`);

  await staff.goto("/admin/tugas");
  await inboxItem(staff, name)
    .getByRole("link", { name: `Buka Revisi: ${name}` })
    .click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(name);
  // Reject is there, but does not look like the primary action.
  const reject = staff.getByRole("button", { name: "Tolak" });
  const approve = staff.getByRole("button", { name: "Setujui" });
  expect(await reject.evaluate((button) => getComputedStyle(button).backgroundColor)).not.toBe(
    await approve.evaluate((button) => getComputedStyle(button).backgroundColor),
  );
  await approve.click();
  await expect(staff).toHaveURL(/\/admin\/tugas\?selesai=revisi%7E\w+&hasil=disetujui$/);
  await expect(staff.getByRole("main").getByRole("status")).toContainText(`Revisi «${name}» disetujui.`);
  await expect(inboxItem(staff, name)).toHaveCount(0);

  const next = staff
    .getByRole("main")
    .getByRole("status")
    .getByRole("link", { name: /^Berikutnya: / });
  await expect(next).toBeVisible();
  await next.click();
  await expect(staff).toHaveURL(/[?&]tugas=semua/);
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
  await staff.context().close();
});

test("signing in returns to the page asked for, and overview counts open the filtered inbox", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/admin/tugas?jenis=sertifikasi");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fadmin%2Ftugas%3Fjenis%3Dsertifikasi$/);
  await page.getByLabel("Email").fill(demoStaff.email);
  await page.getByLabel("Kata sandi").fill(demoStaff.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin\/tugas\?jenis=sertifikasi$/);
  await expect(page.getByRole("link", { name: /^Sertifikasi \(\d+\)$/ })).toHaveAttribute("aria-current", "page");

  await page.goto("/admin");
  await page.getByRole("link", { name: "Buka: Pengajuan sertifikasi" }).click();
  await expect(page).toHaveURL(/\/admin\/tugas\?jenis=sertifikasi$/);
  await expect(page.getByRole("list", { name: "Tugas menunggu, yang paling lama di atas" })).not.toContainText(
    "Revisi",
  );

  // An outside address is never a destination.
  await page.context().clearCookies();
  await page.goto("/masuk?callbackUrl=https%3A%2F%2Fjahat.example%2F");
  await page.getByLabel("Email").fill(demoStaff.email);
  await page.getByLabel("Kata sandi").fill(demoStaff.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun$/);
});
