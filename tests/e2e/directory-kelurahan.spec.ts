import { expect, test, type Page } from "@playwright/test";

// A person narrows the creative-business directory to one kelurahan, sees only the listings there and the counts,
// and follows the link to the map with the same filter and back, in both languages, with and without JavaScript.

const words = {
  id: {
    prefix: "",
    form: "Saring",
    kecamatan: "Kecamatan",
    kelurahan: "Kelurahan",
    apply: "Terapkan",
    results: "Hasil",
    count: (n: number) => new RegExp(`^${n} hasil$`),
    area: (kelurahan: string) => `Kel. ${kelurahan}, Kec.`,
    anyIn: /^Semua kelurahan di \w+$/,
    toMap: "Lihat di peta",
    markers: (n: number) => `${n} lokasi di peta.`,
    toList: "Lihat sebagai daftar",
    mapTitle: "Peta",
  },
  en: {
    prefix: "/en",
    form: "Filter",
    kecamatan: "District (kecamatan)",
    kelurahan: "Kelurahan (urban village)",
    apply: "Apply",
    results: "Results",
    count: (n: number) => new RegExp(`^${n} results?$`),
    area: (kelurahan: string) => `${kelurahan}, `,
    anyIn: /^All kelurahan in \w+$/,
    toMap: "View on the map",
    markers: (n: number) => `${n} location${n === 1 ? "" : "s"} on the map.`,
    toList: "View as a list",
    mapTitle: "Map",
  },
} as const;

type Locale = keyof typeof words;

/** The listings shown (the notices above them are a list too, but a status). */
const resultItems = (page: Page, regionName: string) =>
  page.getByRole("region", { name: regionName }).getByRole("list").getByRole("listitem");

/** The kelurahan option with the most listings: its code, name and count as the form shows them. */
async function busiestKelurahan(page: Page, locale: Locale) {
  const select = page.getByRole("search", { name: words[locale].form }).getByLabel(words[locale].kelurahan, {
    exact: true,
  });
  const options = await select
    .locator("option")
    .evaluateAll((nodes) =>
      nodes.map((node) => ({ value: (node as HTMLOptionElement).value, text: node.textContent ?? "" })),
    );
  // Without a kecamatan, all 57 kelurahan are offered, each with its count.
  expect(options.filter((option) => option.value)).toHaveLength(57);
  const counted = options
    .filter((option) => option.value)
    .map((option) => {
      const match = /^(.+) \((\d+)\)$/.exec(option.text);
      expect(match, option.text).not.toBeNull();
      return { code: option.value, name: match![1]!, count: Number(match![2]) };
    })
    .sort((a, b) => b.count - a.count);
  expect(counted[0]!.count).toBeGreaterThan(0);
  return counted[0]!;
}

/** On a phone the filters wait behind the "Saring"/"Filter" disclosure after the result count: open it. */
async function openFiltersOnPhone(page: Page, label: string) {
  const toggle = page.getByRole("main").locator("summary", { hasText: label });
  // Only a folded panel: it starts unfolded where there is nothing listed yet.
  const isFolded = await toggle.evaluate((summary) => !(summary.parentElement as HTMLDetailsElement).open);
  if (isFolded && (await toggle.isVisible())) await toggle.click();
}

async function pickKelurahanAndFollowToMap(page: Page, locale: Locale) {
  const w = words[locale];
  await page.goto(`${w.prefix}/usaha`);
  const form = page.getByRole("search", { name: w.form });
  await openFiltersOnPhone(page, w.form);
  // Grouped by kecamatan, so a phone's native picker shows where each kelurahan lies.
  await expect(form.locator("#filter-kelurahan optgroup")).toHaveCount(5);
  const chosen = await busiestKelurahan(page, locale);

  await form.getByLabel(w.kelurahan, { exact: true }).selectOption(chosen.code);
  await form.getByRole("button", { name: w.apply }).click();

  await expect(page).toHaveURL(new RegExp(`${w.prefix}/usaha\\?.*kelurahan=${chosen.code.replaceAll(".", "\\.")}`));
  await openFiltersOnPhone(page, w.form);
  // The form sent no kecamatan: the kelurahan brings its own.
  const kecamatan = await page
    .getByRole("search", { name: w.form })
    .getByLabel(w.kecamatan, { exact: true })
    .inputValue();
  expect(kecamatan, "the kelurahan brings its kecamatan").toMatch(/^[a-z]+$/);

  // Only the listings of that kelurahan, as many as its option counted.
  await expect(page.getByText(w.count(chosen.count))).toBeVisible();
  const results = resultItems(page, w.results);
  await expect(results).toHaveCount(Math.min(chosen.count, 24));
  for (const item of await results.all()) await expect(item).toContainText(w.area(chosen.name));

  // The form keeps the choice and shows counts: the kecamatan with its count, the kelurahan of that kecamatan.
  const filtersForm = page.getByRole("search", { name: w.form });
  await expect(filtersForm.getByLabel(w.kecamatan, { exact: true })).toHaveValue(kecamatan!);
  const kecamatanText = await filtersForm
    .getByLabel(w.kecamatan, { exact: true })
    .locator("option:checked")
    .textContent();
  expect(Number(/\((\d+)\)$/.exec(kecamatanText ?? "")?.[1])).toBeGreaterThanOrEqual(chosen.count);
  const kelurahanSelect = filtersForm.getByLabel(w.kelurahan, { exact: true });
  await expect(kelurahanSelect).toHaveValue(chosen.code);
  await expect(kelurahanSelect.locator("option:checked")).toHaveText(`${chosen.name} (${chosen.count})`);
  await expect(kelurahanSelect.locator("option").first()).toHaveText(w.anyIn);
  await expect(kelurahanSelect.locator("optgroup")).toHaveCount(0);

  // To the map with the same filters.
  await page.getByRole("link", { name: w.toMap }).click();
  await expect(page.getByRole("heading", { level: 1, name: w.mapTitle })).toBeVisible();
  const mapUrl = new URL(page.url());
  expect(mapUrl.pathname).toBe(`${w.prefix}/peta`);
  expect(Object.fromEntries(mapUrl.searchParams)).toEqual({
    jenis: "usaha",
    kecamatan: kecamatan!,
    kelurahan: chosen.code,
  });
  await expect(page.getByText(w.markers(chosen.count))).toBeVisible();
  await openFiltersOnPhone(page, w.form);
  await expect(page.getByRole("search", { name: w.form }).getByLabel(w.kelurahan, { exact: true })).toHaveValue(
    chosen.code,
  );

  // And back to the list.
  await page.getByRole("link", { name: w.toList }).click();
  await expect(page).toHaveURL(new RegExp(`${w.prefix}/usaha\\?`));
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
    kecamatan: kecamatan!,
    kelurahan: chosen.code,
  });
  await expect(page.getByText(w.count(chosen.count))).toBeVisible();
  return chosen;
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
]) {
  test.describe(`kelurahan filter at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    for (const locale of ["id", "en"] as const) {
      test(`a person picks a kelurahan, sees only its listings and counts, and opens the map (${locale})`, async ({
        page,
      }, testInfo) => {
        await pickKelurahanAndFollowToMap(page, locale);
        await openFiltersOnPhone(page, words[locale].form);
        await page.getByRole("search", { name: words[locale].form }).scrollIntoViewIfNeeded();
        await testInfo.attach(`directory-kelurahan-${locale}-${viewport.width}`, {
          body: await page.screenshot({ fullPage: true }),
          contentType: "image/png",
        });
        // Nothing wider than the screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

      test(`works without JavaScript (${locale})`, async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport });
        const page = await context.newPage();
        await pickKelurahanAndFollowToMap(page, locale);
        await context.close();
      });
    }
  });
}

test("a kelurahan outside the chosen kecamatan and an unknown one are explained, not an empty list", async ({
  page,
}) => {
  // 35.73.02.1008 is Oro-oro Dowo in Klojen, not in Sukun: the kecamatan wins and the page says why.
  const response = await page.goto("/usaha?kecamatan=sukun&kelurahan=35.73.02.1008");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("Kelurahan itu tidak berada di kecamatan yang dipilih");
  await expect(page.getByText(/^[1-9]\d* hasil$/)).toBeVisible();
  for (const item of await resultItems(page, "Hasil").all()) await expect(item).toContainText("Sukun");

  const unknown = await page.goto("/en/usaha?kelurahan=35.73.02.9999%27--");
  expect(unknown?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("That kelurahan is not in Kota Malang");
});
