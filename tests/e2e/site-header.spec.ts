import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const phone = { width: 390, height: 844 };
const laptop = { width: 1366, height: 900 };

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(0);
}

test.describe("site header", () => {
  test("on a phone the sections sit behind a menu button that opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const menuNavigation = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(menuNavigation).toBeHidden();
    const menuButton = page.getByText("Menu", { exact: true });
    const box = await menuButton.boundingBox();
    expect(box && box.height >= 44 && box.width >= 44, "the menu button is at least 44×44 px").toBe(true);
    await menuButton.click();
    await expect(menuNavigation).toBeVisible();
    await menuNavigation.getByRole("link", { name: "Komunitas" }).click();
    await expect(page).toHaveURL(/\/komunitas$/);
    await expect(page.getByRole("heading", { level: 1, name: "Komunitas" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  test("on a phone the menu closes once a section is chosen from it", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/");
    await page.getByText("Menu", { exact: true }).click();
    const menuNavigation = page.getByRole("navigation", { name: "Navigasi utama" });
    await menuNavigation.getByRole("link", { name: "Acara" }).click();
    await expect(page).toHaveURL(/\/acara$/);
    await expect(menuNavigation).toBeHidden();
  });

  test("on a phone a menu opened before the page has hydrated stays open once it has", async ({ page }) => {
    await page.setViewportSize(phone);
    // Hold the page's scripts back, as a slow phone would, until the person has opened the menu.
    let releaseScripts = () => {};
    const scriptsReleased = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      await scriptsReleased;
      await route.continue();
    });
    await page.goto("/", { waitUntil: "domcontentloaded" });
    await page.getByText("Menu", { exact: true }).click();
    const menuNavigation = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(menuNavigation.getByRole("link", { name: "Acara" })).toBeVisible();
    releaseScripts();
    await page.waitForLoadState("networkidle");
    await expect(menuNavigation.getByRole("link", { name: "Acara" })).toBeVisible();
    // And, hydrated, choosing a section still closes it.
    await menuNavigation.getByRole("link", { name: "Acara" }).click();
    await expect(page).toHaveURL(/\/acara$/);
    await expect(menuNavigation).toBeHidden();
  });

  test("the masthead says whose portal it is, marked as a placeholder in demo mode, with the contact in the footer", async ({
    page,
  }) => {
    await page.setViewportSize(laptop);
    await page.goto("/");
    await expect(page.getByRole("banner")).toContainText("nama dan logo dinas di bawah ini contoh");
    await expect(page.getByRole("banner").getByRole("img", { name: "Logo contoh" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("(contoh, bukan kontak sungguhan)");
    await page.goto("/en");
    await expect(page.getByRole("banner")).toContainText("placeholders set in configuration");
    await expectNoHorizontalScroll(page);
  });

  for (const viewport of [phone, laptop]) {
    test(`the language switch keeps the path and the query (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/usaha?kecamatan=klojen&urut=nama");
      if (viewport === phone) await page.getByText("Menu", { exact: true }).click();
      await page.getByRole("banner").getByRole("link", { name: "Bahasa: English" }).click();
      await expect(page).toHaveURL(/\/en\/usaha\?kecamatan=klojen&urut=nama$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, { include: ["header"] });
    });
  }
});
