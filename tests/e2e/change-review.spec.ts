import { expect, test, type Page } from "@playwright/test";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { submitNewListing } from "./support/listing-form";

// A 2×2 PNG (a thumbnail the browser can decode).
const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4nGM4UaHxH4QZYAwAVeQJnSX+ek8AAAAASUVORK5CYII=",
  "base64",
);

const uniqueName = (prefix: string) => `${prefix} ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function openReview(page: Page, name: string) {
  await page.goto("/admin/moderasi");
  await page
    .getByRole("link", { name: `Tinjau: ${name}` })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

test("staff review an owner's edit as a word-level difference with photo thumbnails, and nothing overflows", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signUpVerifyAndSignIn(page, "Perajin Anyaman Uji");
  const name = uniqueName("Anyaman Tumpang Uji");
  await page.goto("/akun/listing/baru?jenis=usaha");
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Perajin anyaman bambu di Klojen yang menerima pesanan.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Kriya" });
  await page.getByLabel("Instagram").fill("https://instagram.com/anyamantumpang");
  await submitNewListing(page);
  const managePath = new URL(page.url()).pathname;

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, demoStaff.email, demoStaff.password);
  await openReview(staff, name);
  await staff.getByRole("button", { name: "Setujui" }).click();
  await expect(staff.getByRole("main").getByRole("status")).toContainText("Disetujui");

  // The owner changes two words of the summary and adds a photo; the social link stays as it was.
  await page.goto(managePath);
  await page
    .getByLabel("Ringkasan (Bahasa Indonesia)")
    .fill("Perajin anyaman bambu di Alun-Alun Tugu yang menerima pesanan.");
  await page.getByLabel(/^Foto \(PNG/).setInputFiles({ name: "anyaman.png", mimeType: "image/png", buffer: tinyPng });
  await page.getByRole("button", { name: "Kirim perubahan untuk ditinjau" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("dikirim untuk ditinjau");

  await openReview(staff, name);
  const changes = staff.getByRole("region", { name: "Perubahan yang diusulkan" });
  const changed = changes.getByRole("group", { name: `Perubahan untuk ${name}` });
  // Only the summary and the photos changed: no spurious social-media change, and of the summary only the
  // words that changed are marked, not the whole field.
  await expect(changed.getByRole("term")).toHaveText(["Ringkasan (Indonesia)", "Foto"]);
  await expect(changed.getByRole("deletion")).toHaveCount(1);
  await expect(changed.getByRole("deletion")).toContainText("Klojen");
  await expect(changed.getByRole("insertion")).toHaveCount(1);
  await expect(changed.getByRole("insertion")).toContainText("Alun-Alun Tugu");
  await expect(changed.getByRole("definition").first()).toContainText("Perajin anyaman bambu di");
  const thumbnail = changes.getByRole("img", { name: "Foto (Sesudah), gambar 1" });
  await expect(thumbnail).toBeVisible();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : -1)))
    .toBe(2);
  // The unchanged fields are there, folded away.
  const unchanged = changes.getByText("Tampilkan semua isian yang tidak berubah");
  await expect(unchanged).toBeVisible();
  await expect(changes.getByRole("term").filter({ hasText: "Media sosial" })).toBeHidden();
  await unchanged.click();
  await expect(changes.getByRole("term").filter({ hasText: "Media sosial" })).toBeVisible();
  await expect(changes).toContainText("Instagram: https://instagram.com/anyamantumpang");

  for (const width of [1366, 390]) {
    await staff.setViewportSize({ width, height: 900 });
    await staff.reload();
    await expect(staff.getByRole("region", { name: "Perubahan yang diusulkan" })).toBeVisible();
    expect(await horizontalOverflow(staff), `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(staff);
  }

  await staffContext.close();
});

test("the audit log shows a staff edit as labelled fields, only the changed ones, with values named", async ({
  page,
}) => {
  await signIn(page, demoStaff.email, demoStaff.password);
  const name = uniqueName("Gerabah Audit Uji");
  await page.goto("/admin/listing/baru");
  await page.getByRole("main").getByRole("link", { name: "Usaha kreatif", exact: true }).click();
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Perajin gerabah kecil yang melayani pesanan acara.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Kriya" });
  await page.getByLabel("Kecamatan").selectOption({ label: "Klojen" });
  await page.getByRole("button", { name: "Simpan listing" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Listing tersimpan.");
  const listingId = new URL(page.url()).pathname.split("/").at(-1)!;

  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Perajin gerabah besar yang melayani pesanan acara.");
  await page.getByLabel("Kecamatan").selectOption({ label: "Kedungkandang" });
  await page.getByLabel("Skala usaha").selectOption({ label: "Menengah" });
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Perubahan tersimpan.");

  await page.goto(
    `/admin/audit?${new URLSearchParams({ tipe: "Listing", entitas: listingId, aksi: "listing.staffUpdate" })}`,
  );
  const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: "Listing diubah staf" });
  await expect(entry).toHaveCount(1);
  const changedFields = entry.getByRole("group", { name: "Listing diubah staf" });
  // In the form's order, whatever order the database stored the snapshot's keys in.
  await expect(changedFields.getByRole("term")).toHaveText(["Ringkasan (Indonesia)", "Kecamatan", "Skala usaha"]);
  await expect(changedFields.getByRole("deletion")).toContainText(["kecil", "Klojen"]);
  await expect(changedFields.getByRole("insertion")).toContainText(["besar", "Kedungkandang", "Menengah"]);
  await expect(entry).not.toContainText("MENENGAH");
  await expect(entry).not.toContainText("KEDUNGKANDANG");
  await expect(entry).not.toContainText("{");
  // Unchanged fields are behind "show all".
  await expect(entry.getByRole("term").filter({ hasText: "Nama (Indonesia)" })).toBeHidden();
  await entry.getByText("Tampilkan semua isian yang tidak berubah").click();
  await expect(entry.getByRole("term").filter({ hasText: "Nama (Indonesia)" })).toBeVisible();

  // The listing's own history uses the same presentation, in English too.
  await page.goto(`/en/admin/listing/${listingId}`);
  const history = page.getByRole("region", { name: "Change history" });
  await expect(history.getByRole("term").filter({ hasText: "Business scale" })).toBeVisible();
  await expect(history.getByRole("insertion").filter({ hasText: "Medium" })).toBeVisible();

  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/admin/audit?${new URLSearchParams({ tipe: "Listing", entitas: listingId })}`);
    await expect(page.getByRole("heading", { level: 1, name: "Log audit" })).toBeVisible();
    expect(await horizontalOverflow(page), `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
});

test("the new-listing form links its errors to the fields and keeps an attached logo through the duplicate warning", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUpVerifyAndSignIn(page, "Pemilik Kedai Uji");
  const name = uniqueName("Kedai Kopi Pendhapa Uji");
  const fillRequired = async () => {
    await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
    await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Kedai kopi kecil dengan ruang pamer ilustrasi lokal.");
    await page.getByLabel("Subsektor utama").selectOption({ label: "Kuliner" });
  };
  await page.goto("/akun/listing/baru?jenis=usaha");
  await fillRequired();
  await submitNewListing(page);

  // A second listing with the same name: the form warns about the duplicate.
  await page.goto("/akun/listing/baru?jenis=usaha");
  await expect(page.getByRole("navigation", { name: "Bagian formulir" }).getByRole("link")).toHaveCount(6);
  await fillRequired();
  await page.getByLabel("Situs web").fill("bukan-alamat");
  await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: tinyPng });
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  // The error summary names the field and links to it; what was typed and attached is kept.
  const errorLink = page.getByRole("alert").getByRole("link", { name: /^Situs web:/ });
  await expect(errorLink).toHaveAttribute("href", "#websiteUrl");
  await expect(page.getByLabel("Nama (Bahasa Indonesia)")).toHaveValue(name);
  await expect(page.getByRole("img", { name: "Logo yang sudah dilampirkan" })).toBeVisible();

  await page.getByLabel("Situs web").fill("https://kedai.contoh.id");
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  await expect(page.getByRole("heading", { name: "Mungkin sudah ada di portal" })).toBeVisible();
  const keptLogo = page.getByRole("img", { name: "Logo yang sudah dilampirkan" });
  await expect(keptLogo).toBeVisible();
  await expect.poll(() => keptLogo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(2);
  await page.getByLabel("Saya sudah memeriksa: listing saya belum ada di daftar ini.").check();
  await page.getByRole("button", { name: "Ajukan listing" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("sudah diajukan");

  // Staff see the logo that was attached before the warning with the new listing.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, demoStaff.email, demoStaff.password);
  await staff.goto("/admin/moderasi");
  await staff
    .getByRole("link", { name: `Tinjau: ${name}` })
    .last()
    .click();
  await expect(staff.getByRole("img", { name: "Logo, gambar 1" })).toBeVisible();
  await staffContext.close();
});
