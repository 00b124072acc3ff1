import { expect, test } from "@playwright/test";

test.describe("directories", () => {
  test("a resident filters creative businesses by kecamatan and certification, and can share the URL", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Usaha kreatif" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Usaha kreatif" })).toBeVisible();

    const filters = page.getByRole("search", { name: "Saring" });
    await filters.getByLabel("Kecamatan").selectOption("klojen");
    await filters.getByLabel(/Hanya yang bersertifikat/).check();
    await filters.getByRole("button", { name: "Terapkan" }).click();

    await expect(page).toHaveURL(/\/usaha\?/);
    const shared = new URL(page.url()).searchParams;
    expect([shared.get("kecamatan"), shared.get("bersertifikat")]).toEqual(["klojen", "1"]);
    const results = page.getByRole("region", { name: "Hasil" }).getByRole("listitem");
    await expect(results.first()).toBeVisible();
    for (const item of await results.all()) {
      await expect(item).toContainText("Klojen");
      await expect(item).toContainText("Bersertifikat");
    }

    // The same URL opened fresh shows the same filtered page.
    await page.goto(page.url());
    await expect(page.getByRole("search", { name: "Saring" }).getByLabel("Kecamatan")).toHaveValue("klojen");
  });

  test("on a phone the filters wait behind a 'Saring (n)' disclosure after the result count; on a laptop they show", async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [true, false]) {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await phone.newPage();
      await page.goto("/usaha?kecamatan=klojen&bersertifikat=1");
      const main = page.getByRole("main");
      const count = main.getByText(/^\d+ hasil$/);
      const toggle = main.getByText("Saring (2)", { exact: true });
      const firstResult = page.getByRole("region", { name: "Hasil" }).getByRole("listitem").first();
      await expect(page.getByRole("search", { name: "Saring" })).toBeHidden();
      const countBox = (await count.boundingBox())!;
      const toggleBox = (await toggle.boundingBox())!;
      expect(toggleBox.y, "the disclosure comes after the count").toBeGreaterThan(countBox.y);
      expect(toggleBox.height, "a 44 px tap target").toBeGreaterThanOrEqual(44);
      expect((await firstResult.boundingBox())!.y, "the first result is on the first screen").toBeLessThan(844);
      await toggle.click();
      const filters = page.getByRole("search", { name: "Saring" });
      await expect(filters.getByLabel("Kecamatan")).toBeVisible();
      await expect(filters.getByLabel("Kecamatan")).toHaveValue("klojen");
      await filters.getByLabel("Kecamatan").selectOption("sukun");
      await filters.getByRole("button", { name: "Terapkan" }).click();
      await expect(page).toHaveURL(/kecamatan=sukun/);
      await phone.close();
    }

    const laptop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await laptop.newPage();
    await page.goto("/en/usaha?kecamatan=klojen");
    await expect(page.getByRole("search", { name: "Filter" }).getByLabel("Kecamatan")).toBeVisible();
    await expect(page.getByRole("main").getByText("Filter (1)", { exact: true })).toBeHidden();
    await laptop.close();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/komunitas");
    await page.getByRole("search", { name: "Saring" }).getByLabel("Kecamatan").selectOption("lowokwaru");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/\/komunitas\?.*kecamatan=lowokwaru/);
    await expect(page.getByText(/\d+ hasil/)).toBeVisible();
    await context.close();
  });

  test("explains bad filter values instead of failing", async ({ page }) => {
    const response = await page.goto("/startup?kecamatan=batu&hal=999&urut=acak");
    expect(response?.status()).toBe(200);
    const status = page.getByRole("status");
    await expect(status).toContainText("Kecamatan itu tidak ada di Kota Malang");
    await expect(status).toContainText("Urutan itu tidak dikenal");
    await expect(status).toContainText("halaman terakhir ditampilkan");
  });
});

test.describe("search", () => {
  test("finds kuliner entries despite a typo, from the home page search box", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Cari nama, produk, atau subsektor" }).fill("kulinr");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await expect(page).toHaveURL(/\/cari\?q=kulinr$/);
    await expect(page.getByText(/^\d+ hasil$/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Hasil" }).getByText("Kuliner").first()).toBeVisible();
  });

  test("highlights the matching words", async ({ page }) => {
    await page.goto("/cari?q=kuliner");
    await expect(page.locator("mark").first()).toHaveText(/kuliner/i);
  });

  test("suggests what to try when nothing matches", async ({ page }) => {
    await page.goto("/cari?q=zzzzqqqxxx");
    await expect(page.getByText("Tidak ada yang cocok dengan pencarian ini.")).toBeVisible();
    await expect(page.getByRole("link", { name: "jelajahi per subsektor." })).toBeVisible();
  });

  test("searches in English under /en", async ({ page }) => {
    await page.goto("/en/cari?q=brawi");
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Universitas Brawijaya/ })).toBeVisible();
  });
});
