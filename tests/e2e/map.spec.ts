import { expect, test } from "@playwright/test";

test.describe("map", () => {
  test("shows clustered markers and always the list alternative, without any tile server", async ({ page }) => {
    await page.goto("/peta?kecamatan=sukun");
    await expect(page.getByRole("heading", { level: 1, name: "Peta" })).toBeVisible();
    await expect(page.getByText(/\d+ lokasi di peta\./)).toBeVisible();
    const map = page.getByRole("region", { name: "Peta lokasi pelaku ekonomi kreatif" });
    await expect(map.locator(".leaflet-marker-icon, .leaflet-interactive").first()).toBeVisible();

    const list = page.getByRole("region", { name: "Daftar (alternatif peta)" });
    await expect(list.getByRole("listitem").first()).toContainText("Sukun");
  });

  test("keeps the list usable without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/peta");
    const list = page.getByRole("region", { name: "Daftar (alternatif peta)" });
    await expect(list.getByRole("link").first()).toBeVisible();
    await context.close();
  });
});
