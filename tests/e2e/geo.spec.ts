import { expect, test, type Page } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";

const KECAMATAN = ["Blimbing", "Klojen", "Kedungkandang", "Sukun", "Lowokwaru"];

for (const [path, label, region] of [
  ["/peta", "Peta lokasi pelaku ekonomi kreatif", "id"],
  ["/en/peta", "Map of creative economy locations", "en"],
] as const) {
  test(`${path} draws Kota Malang's own kecamatan and kelurahan base layer with no tile server`, async ({
    page,
  }, testInfo) => {
    const origin = new URL(testInfo.project.use.baseURL!).origin;
    const outsideRequests: string[] = [];
    page.on("request", (request) => {
      if (/^https?:/.test(request.url()) && !request.url().startsWith(origin)) outsideRequests.push(request.url());
    });
    await page.goto(path);
    const map = page.getByRole("region", { name: label });
    // The interactive map loads Leaflet and the base layer after the page: allow for a busy machine.
    for (const name of KECAMATAN)
      await expect(map.locator(".map-label-kecamatan", { hasText: name })).toBeVisible({ timeout: 20_000 });
    // 57 kelurahan and the 5 kecamatan outlines, drawn as vector paths.
    await expect(map.locator(".leaflet-overlay-pane path")).toHaveCount(62);
    await testInfo.attach(`peta-${region}`, {
      body: await page.screenshot({ fullPage: false }),
      contentType: "image/png",
    });
    expect(outsideRequests).toEqual([]);
  });
}

test("keyboard users reach every marker: clusters and markers are named buttons, Enter zooms in or opens the link", async ({
  page,
}) => {
  await page.goto("/peta?kecamatan=klojen");
  const map = page.getByRole("region", { name: "Peta lokasi pelaku ekonomi kreatif" });
  const targets = map.locator(".leaflet-marker-pane [role=button]");
  await expect(targets.first()).toBeVisible({ timeout: 20_000 });
  for (const target of await targets.all()) {
    await expect(target).toHaveAttribute("tabindex", "0");
    await expect(target).toHaveAccessibleName(/\S/);
  }
  // Tab from the map into the first marker or cluster.
  await map.focus();
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("role", "button");
  let steps = 0;
  // Enter on clusters until a single marker has focus (each Enter zooms in); then Enter moves focus to its link.
  while ((await focused.getAttribute("class"))?.includes("marker-cluster") && steps++ < 8) {
    await page.keyboard.press("Enter");
    await page.waitForTimeout(600);
    await map.focus();
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  const link = page.locator(".leaflet-popup-content a");
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute("href", /^\/[a-z]+\/[a-z0-9-]+$/);
});

test("a profile shows its kelurahan on a small map drawn without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/usaha?kecamatan=lowokwaru");
  await page.getByRole("main").getByRole("listitem").first().getByRole("link").first().click();
  const location = page.getByRole("region", { name: "Lokasi" });
  const miniMap = location.getByRole("img", { name: /^Peta: .+ di Kelurahan .+, Kecamatan Lowokwaru/ });
  await expect(miniMap).toBeVisible();
  // An SVG image of its own: it loads without JavaScript and draws the one point.
  await expect
    .poll(() => miniMap.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBe(320);
  const drawing = await page.request.get((await miniMap.getAttribute("src"))!);
  expect(drawing.headers()["content-type"]).toContain("image/svg+xml");
  expect((await drawing.text()).match(/<circle /g)).toHaveLength(1);
  await expect(location.getByText(/Kemendagri 35\.73\.05\.\d{4} · BPS 3573050\d{3}/)).toBeVisible();
  await context.close();
});

async function openStaffForm(page: Page, locale: "id" | "en") {
  await page.goto(locale === "id" ? "/admin/listing/baru" : "/en/admin/listing/baru");
  await page
    .getByRole("main")
    .getByRole("link", { name: locale === "id" ? "Usaha kreatif" : "Creative businesses", exact: true })
    .click();
}

for (const locale of ["id", "en"] as const) {
  test(`staff get a per-field error (${locale}) for a point outside the city, a contradicting kecamatan and malformed coordinates, and nothing is saved`, async ({
    page,
  }) => {
    const words =
      locale === "id"
        ? {
            name: "Nama (Bahasa Indonesia)",
            summary: "Ringkasan (Bahasa Indonesia)",
            subsector: "Subsektor utama",
            kecamatan: "Kecamatan",
            latitude: "Lintang (latitude)",
            longitude: "Bujur (longitude)",
            save: "Simpan listing",
            outside: /di luar Kota Malang/,
            contradicts: /berada di kecamatan lain/,
            malformed: /Masukkan angka desimal/,
          }
        : {
            name: "Name (Indonesian)",
            summary: "Summary (Indonesian)",
            subsector: "Main subsector",
            kecamatan: "District (kecamatan)",
            latitude: "Latitude",
            longitude: "Longitude",
            save: "Save listing",
            outside: /outside Kota Malang/,
            contradicts: /lies in another district/,
            malformed: /Enter a decimal number/,
          };
    test.setTimeout(90_000);
    await signIn(page, demoStaff.email, demoStaff.password);
    await openStaffForm(page, locale);
    const name = `Titik Uji ${locale} ${Date.now()}`;
    await page.getByLabel(words.name).fill(name);
    await page.getByLabel(words.summary).fill("Usaha uji untuk memeriksa titik di peta.");
    await page.getByLabel(words.subsector).selectOption({ index: 1 });
    const save = () => page.getByRole("button", { name: words.save }).click();

    // Kota Batu, just west of the city.
    await page.getByLabel(words.latitude).fill("-7.8700");
    await page.getByLabel(words.longitude).fill("112.5400");
    await save();
    await expect(page.getByLabel(words.latitude)).toHaveAccessibleDescription(words.outside);

    // Universitas Brawijaya (Lowokwaru) with Klojen chosen.
    await page.getByLabel(words.latitude).fill("-7.9525");
    await page.getByLabel(words.longitude).fill("112.6144");
    await page.getByLabel(words.kecamatan).selectOption("KLOJEN");
    await save();
    await expect(page.getByLabel(words.kecamatan)).toHaveAccessibleDescription(words.contradicts);

    await page.getByLabel(words.kecamatan).selectOption("");
    await page.getByLabel(words.latitude).fill("-7,95x");
    await save();
    await expect(page.getByLabel(words.latitude)).toHaveAccessibleDescription(words.malformed);

    await page.goto(`/admin/listing?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("main").getByRole("link", { name })).toHaveCount(0);
  });
}
