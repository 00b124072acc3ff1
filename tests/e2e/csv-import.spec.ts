import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";

const header = "kind,slug,status,name_id,summary_id,description_id,primary_subsector,kecamatan";

function csvFile(rows: string[]) {
  return {
    name: "listing-impor.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...rows].join("\r\n"), "utf8"),
  };
}

async function checkFile(page: Page, rows: string[]) {
  await page.getByLabel("Berkas CSV").setInputFiles(csvFile(rows));
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page.getByRole("heading", { name: "Hasil uji coba: listing-impor.csv" })).toBeVisible();
}

test("staff import listings from CSV after a dry run, and export them", async ({ page }) => {
  test.setTimeout(120_000);
  const token = `Uji${Date.now().toString(36)}`;
  const cakeName = `Kue Lapis Legit Ny. Liem – Blimbing ${token}`;
  const studioName = `Studio Gerabah Dinoyo ${token}`;
  const cake = (kecamatan: string) =>
    `CREATIVE_BUSINESS,,PUBLISHED,${cakeName},"Lapis legit ""asli"", omzet Rp2 miliar setahun.","Baris satu, dengan koma.\nBaris dua: café.",kuliner,${kecamatan}`;
  const studio = `CREATIVE_BUSINESS,,PUBLISHED,${studioName},Gerabah tanah liat dari sentra Dinoyo.,,kriya,LOWOKWARU`;

  await signIn(page, demoStaff.email, demoStaff.password);
  await page.goto("/admin/listing");
  await page.getByRole("link", { name: "Impor / ekspor CSV" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Impor dan ekspor listing (CSV atau Excel)" }),
  ).toBeVisible();

  // A file with one bad row: the dry run says why, and nothing can be confirmed or is written.
  await checkFile(page, [cake("MALANG_KOTA"), studio]);
  const main = page.getByRole("main");
  const badRow = main.getByRole("row", { name: /^2 / });
  await expect(badRow).toContainText("Tidak valid");
  await expect(badRow).toContainText("kecamatan: Kecamatan tidak dikenal.");
  await expect(main.getByRole("row", { name: /^3 / })).toContainText("Buat baru");
  await expect(main.getByRole("alert").filter({ hasText: "tidak dapat diimpor" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Konfirmasi impor" })).toHaveCount(0);

  await page.goto(`/usaha?q=${encodeURIComponent(token)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Usaha kreatif" })).toBeVisible();
  await expect(page.getByRole("link", { name: cakeName })).toHaveCount(0);
  await expect(page.getByRole("link", { name: studioName })).toHaveCount(0);
  await page.goto(`/admin/listing?q=${encodeURIComponent(token)}`);
  await expect(page.getByRole("link", { name: new RegExp(token) })).toHaveCount(0);

  // Corrected, checked again and confirmed.
  await page.goto("/admin/listing/impor");
  await checkFile(page, [cake("BLIMBING"), studio]);
  await expect(main.getByText("2 baris: 2 baru, 0 diperbarui")).toBeVisible();
  await page.getByRole("button", { name: "Konfirmasi impor" }).click();
  await expect(main.getByRole("status")).toHaveText(
    "Impor selesai: 2 listing baru, 0 diperbarui, 0 tidak berubah, 0 dilewati.",
  );

  await page.goto(`/admin/listing?q=${encodeURIComponent(token)}`);
  await expect(page.getByRole("link", { name: new RegExp(token) })).toHaveCount(2);
  await page.goto(`/usaha?q=${encodeURIComponent(token)}`);
  await page.getByRole("link", { name: cakeName }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: cakeName })).toBeVisible();
  await expect(page.getByText("omzet Rp2 miliar setahun")).toBeVisible();

  // The export: a UTF-8 file with a BOM, the header row and the new listing's Indonesian characters intact.
  await page.goto("/admin/listing/impor");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh semua listing (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^listing-ekraf-malang-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFFkind,slug,external_id,status,name_id,name_en,summary_id,")).toBe(true);
  expect(text).toContain(cakeName);
  expect(text).toContain('"Baris satu, dengan koma.\nBaris dua: café."');
});
