import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

// The demo owner manages the published sample "Sari Apel Tlogomas Lestari", a kuliner business.
const kulinerOwner = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };

async function asStaff<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoStaff.email, demoStaff.password);
  const result = await work(page);
  await context.close();
  return result;
}

/** The report's count of kuliner (poster) × fotografi (partner) collaborations; 0 while there is no such row. */
async function kulinerFotografiCount(staff: Page): Promise<number> {
  await staff.goto("/admin/kolaborasi");
  await expect(staff.getByRole("heading", { level: 2, name: "Laporan kolaborasi" })).toBeVisible();
  const table = staff.getByRole("table", { name: "Pasangan subsektor yang paling sering berkolaborasi" });
  if ((await table.count()) === 0) return 0;
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")));
  const pair = rows.find(([poster, partner]) => poster === "Kuliner" && partner === "Fotografi");
  return pair ? Number(pair[2]) : 0;
}

async function approveNewListing(staff: Page, name: string) {
  await staff.goto("/admin/moderasi");
  await staff
    .getByRole("link", { name: `Tinjau: ${name}` })
    .first()
    .click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(name);
  await staff.getByRole("button", { name: "Setujui" }).click();
  await expect(staff.getByRole("main").getByRole("status")).toHaveText("Disetujui.");
}

test("a kuliner owner's need for product photos is answered by a fotografi studio, accepted, closed as done and counted", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `Butuh foto produk untuk katalog sari apel ${stamp}`;
  const studioName = `Jepret Kilat Uji ${stamp}`;
  const pairsBefore = await asStaff(browser, kulinerFotografiCount);

  // A photographer signs up and proposes a fotografi studio; staff approve it.
  const photographerContext = await browser.newContext();
  const photographer = await photographerContext.newPage();
  const photographerAccount = await signUpVerifyAndSignIn(photographer, "Rani Fotografer");
  await photographer.goto("/akun/listing/baru?jenis=usaha");
  await photographer.getByLabel("Nama (Bahasa Indonesia)").fill(studioName);
  await photographer.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Studio foto produk untuk UMKM di Lowokwaru.");
  await photographer.getByLabel("Subsektor utama").selectOption({ label: "Fotografi" });
  await photographer.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Lowokwaru" });
  await photographer.getByRole("button", { name: "Ajukan listing" }).click();
  const notDuplicate = photographer.getByLabel("Saya sudah memeriksa: listing saya belum ada di daftar ini.");
  const submitted = photographer.getByRole("main").getByRole("status");
  await expect(submitted.or(notDuplicate)).toBeVisible();
  if (await notDuplicate.isVisible()) {
    await notDuplicate.check();
    await photographer.getByRole("button", { name: "Ajukan listing" }).click();
  }
  await expect(submitted).toContainText("sudah diajukan");
  await asStaff(browser, (staff) => approveNewListing(staff, studioName));

  // The kuliner owner posts a need for product photography; a missing subsector is explained first.
  await signIn(page, kulinerOwner.email, kulinerOwner.password);
  await page.goto("/kolaborasi");
  await page.getByRole("link", { name: "Pasang kebutuhan atau tawaran" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pasang kebutuhan atau tawaran" })).toBeVisible();
  const listingSelect = page.getByLabel("Atas nama listing");
  const kulinerListing = listingSelect.locator("option", { hasText: "Sari Apel Tlogomas" });
  await listingSelect.selectOption((await kulinerListing.getAttribute("value"))!);
  await page.getByLabel("Kebutuhan — kami mencari mitra").check();
  await page.getByLabel("Judul").fill(title);
  await page
    .getByLabel("Deskripsi")
    .fill("Kami butuh fotografer untuk foto katalog 8 varian sari apel, termasuk foto kemasan untuk marketplace.");
  await page.getByRole("group", { name: "Subsektor yang ditawarkan" }).getByLabel("Kuliner", { exact: true }).check();
  await page.getByLabel("Lokasi").selectOption({ label: "Lowokwaru" });
  await page.getByRole("button", { name: "Terbitkan postingan" }).click();
  await expect(page.getByText("Pilih minimal satu subsektor yang dicari.")).toBeVisible();
  await expect(page.getByLabel("Judul")).toHaveValue(title);

  await page.getByRole("group", { name: "Subsektor yang dicari" }).getByLabel("Fotografi", { exact: true }).check();
  await page.getByRole("button", { name: "Terbitkan postingan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Postingan diterbitkan dan tampil di papan kolaborasi.",
  );
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const postPath = new URL(page.url()).pathname;

  // The public board lists it under its filters, in both languages.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/kolaborasi?subsektor=fotografi&jenis=butuh&kecamatan=lowokwaru");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.goto("/kolaborasi?jenis=tawar");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await visitor.goto(`/en${postPath}`);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Listings that fit" })).toBeVisible();
  await expect(
    visitor.getByRole("link", { name: "Sign in as a listing manager to respond to this post." }),
  ).toBeVisible();
  await visitorContext.close();

  // The photographer sees it suggested on their dashboard, with why, and responds.
  await photographer.goto("/akun");
  const matches = photographer.getByRole("region", { name: "Kolaborasi yang cocok" });
  const match = matches.getByRole("listitem").filter({ hasText: title });
  await expect(match).toContainText(`Mencari Fotografi, subsektor utama ${studioName}`);
  await match.getByRole("link", { name: title }).click();
  await expect(photographer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(photographer.getByLabel("Tanggapi atas nama")).toHaveValue(/.+/);
  await expect(photographer.getByLabel("Tanggapi atas nama").locator("option:checked")).toHaveText(studioName);
  await photographer
    .getByLabel("Pesan")
    .fill("Kami studio foto produk di Lowokwaru dan bisa memotret seluruh varian pekan depan.");
  await photographer.getByRole("button", { name: "Kirim tanggapan" }).click();
  await expect(photographer.getByRole("main").getByRole("status")).toHaveText(
    "Tanggapan terkirim. Pemosting diberi tahu lewat email.",
  );
  await expect(photographer.getByText(`${studioName}: Terkirim, menunggu jawaban`)).toBeVisible();

  // The kuliner owner sees the response without the contact, accepts, then sees the contact and closes as done.
  await page.goto(postPath);
  const responses = page.getByRole("region", { name: "Tanggapan (1)" });
  await expect(responses.getByRole("article", { name: studioName })).toContainText("bisa memotret seluruh varian");
  await expect(page.getByText(photographerAccount.email)).toHaveCount(0);
  await page.getByRole("button", { name: `Terima tanggapan dari ${studioName}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Tanggapan diterima. Kontak penanggap kini terlihat di bawah.",
  );
  const contact = page.getByRole("region", { name: "Kontak penanggap" });
  await expect(contact.getByRole("link", { name: photographerAccount.email })).toBeVisible();
  await expect(contact).toContainText("Rani Fotografer");

  await page.getByLabel("Terlaksana", { exact: true }).check();
  await page.getByLabel("Bersama siapa (jika terlaksana)").selectOption({ label: studioName });
  await page.getByLabel("Catatan hasil (opsional, tampil publik)").fill("Foto katalog selesai dalam dua hari.");
  await page.getByRole("button", { name: "Tutup postingan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Postingan ditutup.");
  await expect(page.getByText("Hasil: Terlaksana")).toBeVisible();
  await expect(page.getByRole("link", { name: `Bersama ${studioName}` })).toBeVisible();

  // The staff report counts one more kuliner–fotografi collaboration.
  expect(await asStaff(browser, kulinerFotografiCount)).toBe(pairsBefore + 1);
  await photographerContext.close();
});

test("staff hide a post with a note; it leaves the public board and page", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const sample = "Kelas foto produk gratis untuk UMKM kuliner (contoh)";
  await page.goto("/kolaborasi?jenis=tawar");
  const link = page.getByRole("link", { name: sample });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: sample })).toBeVisible();
  const postPath = new URL(page.url()).pathname;

  await asStaff(browser, async (staff) => {
    await staff.goto("/admin/kolaborasi");
    const article = staff.getByRole("article", { name: sample });
    await article.getByLabel("Catatan").fill("Uji: menyembunyikan postingan contoh.");
    await article.getByRole("button", { name: `Sembunyikan: ${sample}` }).click();
    await expect(staff.getByRole("main").getByRole("status")).toHaveText(
      "Postingan disembunyikan; pengelolanya diberi tahu.",
    );
    await expect(staff.getByRole("article", { name: sample })).toContainText("Disembunyikan");
  });

  await page.goto("/kolaborasi?jenis=tawar");
  await expect(page.getByRole("link", { name: sample })).toHaveCount(0);
  const response = await page.goto(postPath);
  expect(response?.status()).toBe(404);

  await asStaff(browser, async (staff) => {
    await staff.goto("/admin/kolaborasi?tampil=tersembunyi");
    const article = staff.getByRole("article", { name: sample });
    await article.getByLabel("Catatan").fill("Uji selesai: ditampilkan kembali.");
    await article.getByRole("button", { name: `Tampilkan kembali: ${sample}` }).click();
    await expect(staff.getByRole("main").getByRole("status")).toHaveText(
      "Postingan ditampilkan kembali; pengelolanya diberi tahu.",
    );
  });
  await page.goto(postPath);
  await expect(page.getByRole("heading", { level: 1, name: sample })).toBeVisible();
});

for (const path of ["/kolaborasi", "/en/kolaborasi?status=semua"]) {
  test(`${path} has no serious or critical accessibility issues`, async ({ page }) => {
    await page.goto(path);
    await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const url of [path, page.url()]) {
      await page.goto(url);
      await expectNoAxeViolations(page);
    }
  });
}

test("on /en a post's own words are marked and labelled as Indonesian, on the board and on its page", async ({
  page,
}) => {
  await page.goto("/en/kolaborasi?status=semua");
  await expect(
    page.getByRole("main").getByText("Posts are shown as their authors wrote them, in Indonesian."),
  ).toBeVisible();
  const card = page.getByRole("main").getByRole("article").first();
  const title = card.getByRole("heading", { level: 3 }).getByRole("link");
  await expect(title).toHaveAttribute("lang", "id");
  await expect(card.locator("p[lang='id']")).toHaveCount(1);
  const name = (await title.textContent())!.trim();
  await title.click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(name);
  await expect(heading.locator("[lang='id']")).toHaveText(name);
  await expect(
    page.getByRole("main").getByText("Posts are shown as their authors wrote them, in Indonesian."),
  ).toBeVisible();
  // The Indonesian board says nothing of the kind: there the page's own language is the posts' language.
  await page.goto("/kolaborasi?status=semua");
  await expect(page.getByRole("main").getByRole("article").first().locator("[lang]")).toHaveCount(0);
});
