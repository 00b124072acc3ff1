import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

const uniqueName = (prefix: string) => `${prefix} ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

/** Adds a published creative business through the staff form; answers the path of its edit page. */
async function createListingAsStaff(page: Page, name: string, kecamatan: string) {
  await page.goto("/admin/listing/baru");
  await page.getByRole("main").getByRole("link", { name: "Usaha kreatif", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah listing (staf): Usaha kreatif" })).toBeVisible();
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Perajin anyaman bambu yang melayani pesanan acara.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Kriya" });
  await page.getByLabel("Kecamatan").selectOption({ label: kecamatan });
  await expect(page.getByLabel("Status awal")).toHaveValue("PUBLISHED");
  await page.getByRole("button", { name: "Simpan listing" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Listing tersimpan.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return new URL(page.url()).pathname;
}

async function publicPathOf(page: Page) {
  const href = await page.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

async function staffPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoStaff.email, demoStaff.password);
  return { context, page };
}

test("staff filter the listing table, edit a listing's summary and the public profile shows it", async ({ page }) => {
  await signIn(page, demoStaff.email, demoStaff.password);
  const name = uniqueName("Anyaman Bambu Uji");
  await createListingAsStaff(page, name, "Sukun");

  await page.goto("/admin/listing");
  const filters = page.getByRole("search", { name: "Saring listing" });
  await filters.getByLabel("Cari nama, slug, atau ID eksternal").fill(name);
  await filters.getByLabel("Kecamatan").selectOption({ label: "Sukun" });
  await filters.getByLabel("Status").selectOption({ label: "Terbit" });
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/kecamatan=sukun/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Sukun");
  await expect(row).toContainText("Terbit");
  await expect(row).not.toContainText("Belum pernah");

  await page.getByRole("search", { name: "Saring listing" }).getByLabel("Kecamatan").selectOption({ label: "Klojen" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText("Tidak ada listing yang cocok.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);

  await page.getByRole("search", { name: "Saring listing" }).getByLabel("Kecamatan").selectOption({ label: "Sukun" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.getByRole("link", { name: `Ubah ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  const summary = `Ringkasan baru dari petugas ${Date.now()}.`;
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill(summary);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByLabel("Ringkasan (Bahasa Indonesia)")).toHaveValue(summary);

  await page.goto(await publicPathOf(page));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(summary)).toBeVisible();
});

test("a second editor of the same version sees both versions side by side and overwrites nothing", async ({
  page,
  browser,
}) => {
  await signIn(page, demoStaff.email, demoStaff.password);
  const name = uniqueName("Gerabah Konflik Uji");
  const editPath = await createListingAsStaff(page, name, "Klojen");
  const publicPath = await publicPathOf(page);

  const second = await staffPage(browser);
  await second.page.goto(editPath);
  await expect(second.page.getByRole("heading", { level: 1 })).toContainText(name);

  const firstSummary = "Ringkasan dari petugas pertama yang menyimpan lebih dulu.";
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill(firstSummary);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Perubahan tersimpan.");

  const secondSummary = "Ringkasan dari petugas kedua yang membuka versi lama.";
  await second.page.getByLabel("Ringkasan (Bahasa Indonesia)").fill(secondSummary);
  await second.page.getByRole("button", { name: "Simpan perubahan" }).click();
  const conflict = second.page.getByRole("region", { name: "Listing ini diubah orang lain setelah Anda membukanya" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("alert")).toContainText("Tidak ada yang disimpan.");
  const summaryRow = conflict.getByRole("row", { name: /Ringkasan \(Bahasa Indonesia\)/ });
  await expect(summaryRow.getByRole("cell").nth(0)).toHaveText(secondSummary);
  await expect(summaryRow.getByRole("cell").nth(1)).toHaveText(firstSummary);
  // The second editor's text is kept in the form, to copy from or to save deliberately.
  await expect(second.page.getByLabel("Ringkasan (Bahasa Indonesia)")).toHaveValue(secondSummary);
  await expectNoAxeViolations(second.page);
  await second.context.close();

  await page.goto(publicPath);
  await expect(page.getByText(firstSummary)).toBeVisible();
  await expect(page.getByText(secondSummary)).toHaveCount(0);
  await page.goto(editPath);
  await expect(page.getByLabel("Ringkasan (Bahasa Indonesia)")).toHaveValue(firstSummary);
});

test("an archived listing's public page is gone until staff restore it", async ({ page }) => {
  await signIn(page, demoStaff.email, demoStaff.password);
  const name = uniqueName("Batik Arsip Uji");
  const editPath = await createListingAsStaff(page, name, "Blimbing");
  const publicPath = await publicPathOf(page);
  expect((await page.goto(publicPath))?.status()).toBe(200);

  await page.goto(editPath);
  await page.getByRole("button", { name: "Arsipkan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Listing diarsipkan.");
  await expect(page.getByRole("button", { name: "Pulihkan" })).toBeVisible();
  expect((await page.goto(publicPath))?.status()).toBe(404);

  await page.goto(editPath);
  await page.getByRole("button", { name: "Pulihkan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Listing dipulihkan.");
  await expect(page.getByRole("main")).toContainText("Terbit");
  expect((await page.goto(publicPath))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Both changes are in the listing's history.
  await page.goto(editPath);
  const history = page.getByRole("region", { name: "Riwayat perubahan" });
  await expect(history).toContainText("Listing diarsipkan");
  await expect(history).toContainText("Listing dipulihkan dari arsip");
});

test("the staff listing pages have no serious accessibility issues, and the stale list explains freshness", async ({
  page,
}) => {
  await signIn(page, demoStaff.email, demoStaff.password);
  await page.goto("/admin/listing?basi=1");
  await expect(page.getByRole("heading", { level: 1, name: "Listing" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Kesegaran data" })).toContainText("npm run jobs:reminders");
  await expect(
    page.getByRole("search", { name: "Saring listing" }).getByLabel(/Belum diverifikasi 12 bulan/),
  ).toBeChecked();
  await expectNoAxeViolations(page);

  await page.goto("/admin/listing/baru?jenis=coworking");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Coworking");
  await expectNoAxeViolations(page);

  await page.goto("/admin/listing?q=sari-apel-tlogomas-lestari-contoh");
  await page.getByRole("link", { name: /^Ubah Sari Apel Tlogomas/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sari Apel Tlogomas");
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toBeVisible();
  await expectNoAxeViolations(page);
});
