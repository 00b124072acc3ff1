import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("explains the portal, shows sourced figures and links all 17 subsectors", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Portal Ekonomi Kreatif Kota Malang/);
    await expect(page.getByRole("heading", { level: 1, name: "Ekonomi kreatif Kota Malang" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");

    const figures = page.getByRole("region", { name: "Angka kunci" });
    await expect(figures.getByText("186", { exact: true })).toBeVisible();
    await expect(figures.getByText("22+", { exact: true })).toBeVisible();
    // The two PDRB figures disagree, so both appear with their sources and years.
    const pdrb = figures.getByRole("heading", { name: /PDRB/ }).locator("..");
    await expect(pdrb.getByText("24–26%", { exact: true })).toBeVisible();
    await expect(pdrb.getByText("lebih dari 5%", { exact: true })).toBeVisible();
    await expect(pdrb.getByText(/Periode: 2023/)).toBeVisible();
    await expect(pdrb.getByText(/Periode: 2024/)).toBeVisible();
    await expect(figures.getByRole("link", { name: /kominfo|tugusatu/ }).first()).toBeVisible();

    const subsectors = page.getByRole("region", { name: "17 subsektor ekonomi kreatif" }).getByRole("link");
    await expect(subsectors).toHaveCount(17);
    await expect(subsectors.first()).toHaveAttribute("href", "/subsektor/arsitektur");
    // Each tile: the subsector's icon on its colour, its name and how many published entries it has.
    await expect(subsectors.first().locator("[data-subsector-icon=arsitektur]")).toHaveAttribute("aria-hidden", "true");
    await expect(subsectors.filter({ hasText: "Kuliner" })).toHaveText(/Kuliner\s*\d+ entri/);
  });

  test("greets a first visitor with two ways in, upcoming events and listings shown once each", async ({ page }) => {
    await page.goto("/");
    const hero = page.getByRole("region", { name: "Ekonomi kreatif Kota Malang" });
    await expect(hero.getByRole("link", { name: "Jelajahi semua pelaku" })).toHaveAttribute("href", "/cari");
    await expect(hero.getByRole("link", { name: "Untuk pelaku usaha: daftar atau klaim profil" })).toHaveAttribute(
      "href",
      "/daftar",
    );
    const events = page.getByRole("region", { name: "Acara mendatang" });
    await expect(events.getByRole("heading", { level: 3 }).first()).toBeVisible();
    await expect(events.getByRole("link", { name: "Semua acara" })).toHaveAttribute("href", "/acara");

    const namesIn = async (region: string) =>
      page.getByRole("region", { name: region }).getByRole("listitem").getByRole("link").allTextContents();
    const featured = await namesIn("Pilihan: bersertifikat");
    const recent = await namesIn("Baru diverifikasi");
    expect(featured.length).toBeGreaterThan(0);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.filter((name) => featured.includes(name))).toEqual([]);
  });

  test("offers a skip link to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Lewati ke konten utama" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page).toHaveURL(/#konten$/);
  });
});

test.describe("subsector page", () => {
  test("opens from the home page and lists its entries, samples marked as such", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("region", { name: "17 subsektor ekonomi kreatif" })
      .getByRole("link", { name: /^Kuliner \d+ entri$/ })
      .click();
    await expect(page).toHaveURL(/\/subsektor\/kuliner$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kuliner" })).toBeVisible();
    await expect(page.getByText(/^\d+ entri terbit$/)).toBeVisible();

    const entries = page.getByRole("region", { name: "Pelaku di subsektor ini" }).getByRole("listitem");
    await expect(entries.first()).toBeVisible();
    await expect(entries.filter({ hasText: "Contoh" }).first()).toBeVisible();
  });

  test("switches to English on the same page and back", async ({ page }) => {
    await page.goto("/subsektor/pengembangan-gim");
    await page.getByRole("link", { name: /English/ }).click();
    await expect(page).toHaveURL(/\/en\/subsektor\/pengembangan-gim$/);
    await expect(page.getByRole("heading", { level: 1, name: "Game Development" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Sample", { exact: true }).first()).toBeVisible();

    await page.getByRole("link", { name: /Bahasa Indonesia/ }).click();
    await expect(page).toHaveURL(/\/subsektor\/pengembangan-gim$/);
    await expect(page.getByRole("heading", { level: 1, name: "Pengembangan Gim" })).toBeVisible();
  });

  test("answers 404 for a subsector that does not exist", async ({ page }) => {
    const response = await page.goto("/subsektor/tidak-ada");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  });
});

test("health endpoint reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({ status: "ok", database: "up" });
  // The page cache reports what it holds, so an operator can see it working (issue 17).
  expect(health.pageCache).toMatchObject({ entries: expect.any(Number), maxBytes: expect.any(Number) });
});
