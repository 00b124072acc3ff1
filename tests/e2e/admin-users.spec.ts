import { expect, test, type Page } from "@playwright/test";
import { signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

const ADMIN = { email: "admin@contoh.id", password: "demo-admin-ekraf" };

/** The link in the newest outbox email to `to` whose subject matches, as a path on this server. */
async function linkFromOutbox(page: Page, subject: RegExp, to: string, path: string) {
  await page.goto("/kotak-keluar");
  const message = page.getByRole("article", { name: subject }).filter({ hasText: to }).first();
  const link = new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`).exec((await message.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();
  return new URL(link!).pathname + new URL(link!).search;
}

test("an admin invites a staff member, who accepts from the outbox, signs in and can use staff pages", async ({
  page,
  browser,
}) => {
  const email = `staf-baru-${Date.now()}@contoh.id`;
  const password = "alun alun tugu malam hari";
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/pengguna");
  await expect(page.getByRole("heading", { level: 1, name: "Pengguna" })).toBeVisible();
  await page.getByLabel("Email staf").fill(email);
  await page.getByRole("button", { name: "Kirim undangan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Undangan terkirim ke ${email}.`);

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(await linkFromOutbox(invitee, /Undangan menjadi staf/, email, "undangan-staf"));
  await expect(invitee.getByRole("main")).toContainText(email);
  await invitee.getByLabel("Nama").fill("Staf Baru Uji");
  await invitee.getByLabel("Kata sandi").fill("pendek");
  await invitee.getByRole("button", { name: "Buat akun staf" }).click();
  await expect(invitee.getByText("Kata sandi minimal 12 karakter.")).toBeVisible();
  await invitee.getByLabel("Kata sandi").fill(password);
  await invitee.getByRole("button", { name: "Buat akun staf" }).click();
  await expect(invitee.getByRole("main").getByRole("status")).toContainText("Undangan diterima.");

  await signIn(invitee, email, password);
  await expect(invitee.getByText(/Masuk sebagai Staf Baru Uji .* staf\./)).toBeVisible();
  await invitee.goto("/admin/laporan");
  await expect(invitee.getByRole("heading", { level: 1, name: "Laporan publik" })).toBeVisible();
  // The user list is for admins only.
  const response = await invitee.goto("/admin/pengguna");
  expect(response?.status()).toBe(404);
  await inviteeContext.close();

  // The invitation and its acceptance are in the audit log, shown as readable fields.
  await page.goto(`/admin/audit?aksi=user.&aktor=${encodeURIComponent(email)}`);
  const entries = page.getByRole("main").getByRole("listitem");
  // The role change reads as labels ("Pemilik" → "Staf"), not as codes.
  const accepted = entries.filter({ hasText: "Undangan staf diterima" }).getByRole("group");
  await expect(accepted.getByRole("term").first()).toHaveText("Peran");
  const role = accepted.getByRole("definition").first();
  await expect(role.getByRole("deletion")).toHaveText("dihapus: Pemilik");
  await expect(role.getByRole("insertion")).toHaveText("ditambahkan: Staf");
});

test("an admin disables an owner who is signed in elsewhere; the owner's next page load is signed out", async ({
  page,
  browser,
}) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const { email } = await signUpVerifyAndSignIn(owner, "Pemilik Akan Dinonaktifkan");

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/pengguna?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Aktif");
  await row.getByRole("button", { name: `Nonaktifkan ${email}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Akun dinonaktifkan. Sesi yang sedang masuk berakhir pada permintaan berikutnya.",
  );
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Nonaktif");

  await owner.goto("/akun");
  await expect(owner).toHaveURL(/\/masuk$/);
  await ownerContext.close();

  // An admin cannot disable their own account: the list offers no button for it.
  await page.goto(`/admin/pengguna?q=${encodeURIComponent(ADMIN.email)}`);
  const ownRow = page.getByRole("row").filter({ hasText: ADMIN.email });
  await expect(ownRow).toContainText("(Anda)");
  await expect(ownRow.getByRole("button")).toHaveCount(0);
});

test("the admin pages for users, transfers, reports and the audit log have no serious accessibility issues", async ({
  page,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  for (const path of [
    "/admin/pengguna",
    "/admin/pengguna/pengelola?listing=sari-apel-tlogomas-lestari-contoh",
    "/admin/laporan",
    "/admin/audit",
    "/undangan-staf?token=tidak-berlaku",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // The transfer page shows the demo owner as the sample listing's manager.
  await page.goto("/admin/pengguna/pengelola?listing=sari-apel-tlogomas-lestari-contoh");
  await expect(page.getByRole("region", { name: "Pengelola saat ini" })).toContainText("pemilik@contoh.id");
});

test("a visitor's problem report is resolved by an admin with a required note", async ({ page, browser }) => {
  const message = `Nomor WhatsApp sudah tidak aktif sejak ${Date.now()}.`;
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/usaha/sari-apel-tlogomas-lestari-contoh/laporkan");
  await visitor.getByLabel("Data salah atau sudah usang").check();
  await visitor.getByLabel("Penjelasan").fill(message);
  await visitor.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(visitor.getByRole("main").getByRole("status")).toContainText("laporan Anda sudah kami terima");
  await visitorContext.close();

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/laporan?status=terbuka");
  const report = page.getByRole("article").filter({ hasText: message });
  await expect(report).toContainText("Terbuka");
  await report.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(report.getByText("Tulis catatan penanganan (minimal 3 karakter).")).toBeVisible();
  await report.getByLabel("Catatan penanganan").fill("Nomor dihapus dari profil.");
  await report.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Laporan ditandai selesai.");
  // The open list no longer shows it.
  await expect(page).toHaveURL(/status=terbuka/);
  await expect(report).toHaveCount(0);

  await page.goto("/admin/laporan?status=selesai");
  const handled = page.getByRole("article").filter({ hasText: message });
  await expect(handled).toContainText("Selesai");
  await expect(handled).toContainText("Nomor dihapus dari profil.");
  await expect(handled.getByRole("button")).toHaveCount(0);
});
