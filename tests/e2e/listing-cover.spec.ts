import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { submitNewListing } from "./support/listing-form";

// Covers (docs/decisions/026): a demo listing shows its generated sample pattern, labelled as sample artwork; a
// cover staff upload is served as responsive WebP, loaded first on the profile, in a box that does not shift; an
// owner proposes a new listing with a cover, which shows once staff approve it.

const sizes = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
];

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The cover's box sits above the name, as wide as the page's column, at its fixed ratio. */
async function expectBannerAboveName(page: Page, cover: ReturnType<Page["locator"]>, ratio: number) {
  const box = await cover.boundingBox();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(box && heading).toBeTruthy();
  expect(box!.y + box!.height).toBeLessThanOrEqual(heading!.y);
  expect(Math.abs(box!.width / box!.height - ratio)).toBeLessThan(0.05);
}

for (const size of sizes) {
  test(`a sample profile shows its generated cover, marked as sample artwork (${size.width} px)`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto("/usaha/sari-apel-tlogomas-lestari-contoh");
    const main = page.getByRole("main");
    // The page's sample banner, and the cover's own label.
    await expect(main.getByRole("note")).toContainText("entri ini data contoh");
    await expect(main.getByText("Gambar contoh: pola buatan, bukan foto asli")).toBeVisible();
    const cover = main.locator("[data-sample-cover]");
    await expect(cover.locator("svg")).toHaveAttribute("aria-hidden", "true");
    await expectBannerAboveName(page, cover, size.width < 640 ? 2 : 4);
    await expectNoHorizontalScroll(page);

    // Cards: some with a cover, some without, side by side without breaking the page.
    await page.goto("/usaha?subsektor=kuliner");
    const cards = main.getByRole("listitem").filter({ has: page.getByRole("link") });
    await expect(cards.first()).toBeVisible();
    expect(await cards.filter({ has: page.locator("[data-sample-cover]") }).count()).toBeGreaterThan(0);
    expect(await cards.filter({ hasNot: page.locator("[data-sample-cover]") }).count()).toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);
  });
}

const coverPng = (background: string) =>
  sharp({ create: { width: 1600, height: 600, channels: 3, background } })
    .png()
    .toBuffer();

test("an owner proposes a new listing with a cover on a phone; once staff approve it, the profile shows it", async ({
  page,
  browser,
}) => {
  // Sign-up, an upload with image processing, a review in a second session, then the profile: slow when shared.
  test.slow();
  await page.setViewportSize(sizes[0]!);
  await signUpVerifyAndSignIn(page, "Pemilik Studio Sampul");
  const name = `Studio Sampul Pemilik ${Date.now()}`;
  await page.goto("/akun/listing/baru?jenis=usaha");
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Studio ilustrasi yang mengajukan listing dengan sampul.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Desain Komunikasi Visual" });
  const cover = page.getByLabel(/^Gambar sampul/);
  await expect(cover).toHaveAccessibleDescription("Sampul baru juga ditinjau petugas sebelum tampil.");
  await cover.setInputFiles({ name: "sampul.png", mimeType: "image/png", buffer: await coverPng("#7c3aed") });
  await submitNewListing(page);
  // Private until approved, but its manager sees it on the listing's page.
  const current = page.getByRole("img", { name: "Sampul saat ini" });
  await expect(current).toBeVisible();
  await expect.poll(() => current.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  await expectNoHorizontalScroll(page);

  const context = await browser.newContext();
  const staff = await context.newPage();
  await signIn(staff, demoStaff.email, demoStaff.password);
  await staff.goto("/admin/moderasi");
  await staff
    .getByRole("link", { name: `Tinjau: ${name}` })
    .first()
    .click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(staff.getByRole("link", { name: "Lihat sampul" })).toBeVisible();
  await staff.getByRole("button", { name: "Setujui" }).click();
  await expect(staff.getByRole("main").getByRole("status")).toHaveText("Disetujui.");
  await context.close();

  await page.reload();
  const publicPath = await page.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href");
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.goto(publicPath!);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const image = page.getByRole("main").locator("img[src^='/api/files/'][sizes]").first();
    await expect(image).toHaveAttribute("width", "1600");
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    await expectBannerAboveName(page, image, size.width < 640 ? 2 : 4);
    await expectNoHorizontalScroll(page);
  }
});

test("staff upload a cover; the profile serves it responsive and first, at both sizes", async ({ page }) => {
  // Two saves with image processing, then two profile loads: slow on a shared machine.
  test.slow();
  await signIn(page, demoStaff.email, demoStaff.password);
  const name = `Studio Sampul Uji ${Date.now()}`;
  await page.goto("/admin/listing/baru");
  await page.getByRole("main").getByRole("link", { name: "Usaha kreatif", exact: true }).click();
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Studio desain yang menguji gambar sampul listing.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Desain Komunikasi Visual" });
  await page.getByLabel("Kecamatan").selectOption({ label: "Klojen" });
  await page.getByRole("button", { name: "Simpan listing" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Listing tersimpan.");

  const png = await coverPng("#0e7490");
  await page.getByLabel(/^Gambar sampul/).setInputFiles({ name: "sampul.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Perubahan tersimpan.", { timeout: 30_000 });
  await expect(page.getByRole("img", { name: "Sampul saat ini" })).toBeVisible();
  const publicPath = await page.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href");

  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.goto(publicPath!);
    // Decorative (the name is the heading below it): an image without a name, so located by its source.
    const image = page.getByRole("main").locator("img[src^='/api/files/'][sizes]").first();
    await expect(image).toHaveAttribute("loading", "eager");
    await expect(image).toHaveAttribute("fetchpriority", "high");
    await expect(image).toHaveAttribute("width", "1600");
    await expect(image).toHaveAttribute("height", "600");
    await expect(image).toHaveAttribute("srcset", /\?w=640 640w.*\?w=1280 1280w.*1600w$/);
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    await expectBannerAboveName(page, image, size.width < 640 ? 2 : 4);
    await expect(page.getByRole("main").getByText("Gambar contoh")).toHaveCount(0);
    await expectNoHorizontalScroll(page);
  }
});
