import { expect, test } from "@playwright/test";

// Listings without an uploaded logo get a drawn monogram in their subsector's colour (components/listing-logo.tsx):
// initials on a colour, hidden from screen readers (the name is right beside it), never a photo.
for (const size of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test(`directory cards and a profile carry a monogram in the subsector's colour (${size.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto("/usaha?subsektor=kuliner");
    const cards = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link") });
    const count = await cards.count();
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count; index++) {
      const monogram = cards.nth(index).locator("svg[data-monogram]");
      await expect(monogram).toHaveAttribute("aria-hidden", "true");
      await expect(monogram.locator("rect")).toHaveAttribute("fill", /^#[0-9a-f]{6}$/);
    }

    await page.goto("/usaha/sari-apel-tlogomas-lestari-contoh");
    const header = page.getByRole("main").locator("header").first();
    await expect(header.getByRole("heading", { level: 1 })).toHaveText("Sari Apel Tlogomas Lestari");
    const monogram = header.locator("svg[data-monogram]");
    await expect(monogram).toHaveAttribute("data-monogram", "SA");
    // Kuliner's colour, the same on every card and chip of the subsector.
    await expect(monogram.locator("rect")).toHaveAttribute("fill", "#b91c1c");
    await expect(monogram).toBeVisible();
    const box = await monogram.boundingBox();
    expect(box?.width).toBe(80);
  });
}

test("the home page's listing cards carry their marks too, in English", async ({ page }) => {
  await page.goto("/en");
  const marks = page.getByRole("main").locator("li svg[data-monogram], li img[src^='/api/files/']");
  expect(await marks.count()).toBeGreaterThan(0);
});
