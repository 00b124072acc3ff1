import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// A resident's walk through the portal as a person would take it: home → a subsector → a directory with a filter →
// a profile → the map → events → statistics, by clicking, at phone and laptop sizes, in both languages. Every stop
// is checked with axe (no serious or critical issues) and for sideways scrolling.
const sizes = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1366, height: 900 },
] as const;

const words = {
  id: {
    home: "/",
    subsectors: "17 subsektor ekonomi kreatif",
    culinary: /^Kuliner \d+ entri$/,
    culinaryHeading: "Kuliner",
    businesses: "Usaha kreatif",
    kecamatan: "Kecamatan",
    apply: "Terapkan",
    filterToggle: "Saring",
    location: "Lokasi",
    map: "Peta",
    events: "Acara",
    statistics: "Statistik",
    statisticsHeading: "Statistik ekonomi kreatif",
  },
  en: {
    home: "/en",
    subsectors: "The 17 creative subsectors",
    culinary: /^Culinary \d+ entr(y|ies)$/,
    culinaryHeading: "Culinary",
    businesses: "Creative businesses",
    kecamatan: "District (kecamatan)",
    apply: "Apply",
    filterToggle: "Filter",
    location: "Location",
    map: "Map",
    events: "Events",
    statistics: "Statistics",
    statisticsHeading: "Creative economy statistics",
  },
} as const;

async function checkStop(page: Page, options: { exclude?: string[] } = {}) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, options);
}

/** A section of the header: behind the Menu button on a phone, in the bar on a laptop. */
async function openSection(page: Page, name: string, isPhone: boolean) {
  if (isPhone) await page.getByRole("banner").getByText("Menu", { exact: true }).click();
  await page.getByRole("banner").getByRole("link", { name, exact: true }).click();
}

for (const size of sizes) {
  for (const locale of ["id", "en"] as const) {
    test(`a resident walks from home to statistics (${size.name}, ${locale})`, async ({ page }) => {
      test.slow();
      const w = words[locale];
      const isPhone = size.name === "phone";
      await page.setViewportSize({ width: size.width, height: size.height });

      await page.goto(w.home);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await checkStop(page);

      await page.getByRole("region", { name: w.subsectors }).getByRole("link", { name: w.culinary }).click();
      await expect(page.getByRole("heading", { level: 1, name: w.culinaryHeading })).toBeVisible();
      await checkStop(page);

      await openSection(page, w.businesses, isPhone);
      await expect(page.getByRole("heading", { level: 1, name: w.businesses })).toBeVisible();
      if (isPhone) {
        // On a phone the filters wait behind a disclosure after the result count, which says how many are in use.
        await expect(page.getByRole("combobox", { name: w.kecamatan })).toBeHidden();
        await page.getByRole("main").getByText(w.filterToggle, { exact: true }).click();
      }
      await page.getByRole("combobox", { name: w.kecamatan }).selectOption("lowokwaru");
      await page.getByRole("button", { name: w.apply }).click();
      await expect(page).toHaveURL(/kecamatan=lowokwaru/);
      if (isPhone)
        await expect(page.getByRole("main").getByText(`${w.filterToggle} (1)`, { exact: true })).toBeVisible();
      await checkStop(page);

      const firstResult = page.getByRole("main").getByRole("listitem").getByRole("link").first();
      const name = (await firstResult.textContent())!.trim();
      await firstResult.click();
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
      await expect(page.getByRole("region", { name: w.location })).toContainText("Lowokwaru");
      await checkStop(page);

      await openSection(page, w.map, isPhone);
      await expect(page.getByRole("heading", { level: 1, name: w.map })).toBeVisible();
      // Markers may sit closer than 24 px; each is also a full-size link in the list (WCAG 2.5.8's exception).
      await checkStop(page, { exclude: [".leaflet-marker-pane"] });

      await openSection(page, w.events, isPhone);
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
      await checkStop(page);

      await page.getByRole("contentinfo").getByRole("link", { name: w.statistics, exact: true }).click();
      await expect(page.getByRole("main").getByRole("heading", { level: 1, name: w.statisticsHeading })).toBeVisible();
      await checkStop(page);
    });
  }
}
