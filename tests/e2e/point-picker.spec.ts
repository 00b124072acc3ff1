import { expect, test, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";
import { demoStaff, signIn, signUpVerifyAndSignIn } from "./support/accounts";
import { submitNewListing } from "./support/listing-form";

const sizes = [
  { name: "phone", viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: "laptop", viewport: { width: 1366, height: 768 }, hasTouch: false },
] as const;

const picker = (page: Page, name = "Peta pemilih titik") => page.getByRole("application", { name });
const derivedArea = (page: Page) => page.getByTestId("derived-area");

/** Clicks (or taps, on a touch screen) the map where a kecamatan's name is drawn: a point well inside it. */
async function pickAtName(page: Page, map: Locator, name: string, isTouch: boolean) {
  const label = map.locator("svg text", { hasText: name });
  const labelBox = (await label.boundingBox())!;
  const mapBox = (await map.boundingBox())!;
  const position = {
    x: labelBox.x + labelBox.width / 2 - mapBox.x,
    y: labelBox.y + labelBox.height / 2 - mapBox.y,
  };
  if (isTouch) await map.tap({ position });
  else await map.click({ position });
}

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.getByRole("application").scrollIntoViewIfNeeded();
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

async function asStaff(browser: Browser, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoStaff.email, demoStaff.password);
  await work(page);
  await context.close();
}

async function approve(page: Page, reviewName: string) {
  await page.goto("/admin/moderasi");
  await page
    .getByRole("link", { name: `Tinjau: ${reviewName}` })
    .first()
    .click();
  await page.getByRole("button", { name: "Setujui" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Disetujui.");
}

for (const size of sizes) {
  test.describe(`on a ${size.name}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.hasTouch });

    test("an owner picks the point on the map, sees its kelurahan before saving, and the listing keeps it", async ({
      page,
      browser,
    }, testInfo) => {
      test.setTimeout(150_000);
      await signUpVerifyAndSignIn(page, "Penanda Titik");
      await page.goto("/akun/listing/baru?jenis=usaha");
      const name = `Kedai Titik Uji ${size.name} ${Date.now()}`;
      await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
      await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Kedai kopi uji yang titiknya dipilih di peta.");
      await page.getByLabel("Subsektor utama").selectOption({ index: 1 });

      const map = picker(page);
      await expect(map).toHaveAccessibleDescription(/tombol panah menggeser titik/);
      await expect(derivedArea(page)).toHaveText("Belum ada titik: isi koordinat atau pilih di peta.");
      await pickAtName(page, map, "Klojen", size.hasTouch);

      await expect(page.getByLabel("Lintang (latitude)")).toHaveValue(/^-7\.9\d+$/);
      await expect(page.getByLabel("Bujur (longitude)")).toHaveValue(/^112\.6\d+$/);
      await expect(derivedArea(page)).toHaveText(/^Kelurahan .+, Kecamatan Klojen$/);
      await expect(page.getByTestId("point-picker-marker")).toBeVisible();
      const kelurahan = /^Kelurahan (.+), Kecamatan Klojen$/.exec((await derivedArea(page).textContent())!)![1]!;
      const latitude = await page.getByLabel("Lintang (latitude)").inputValue();
      const longitude = await page.getByLabel("Bujur (longitude)").inputValue();
      const lookup = await page.request.get(`/api/wilayah/lokasi?lat=${latitude}&lng=${longitude}`);
      const { kelurahan: area } = (await lookup.json()) as { kelurahan: { code: string; name: string } };
      expect(area.name).toBe(kelurahan);
      await keepScreenshot(page, testInfo, `owner-form-${size.name}-id`);

      await submitNewListing(page);
      await asStaff(browser, (staff) => approve(staff, name));

      await page.goto(`/usaha?q=${encodeURIComponent(name)}`);
      await page.getByRole("link", { name }).first().click();
      const location = page.getByRole("region", { name: "Lokasi" });
      await expect(
        location.getByRole("img", {
          name: `Peta: ${name} di Kelurahan ${kelurahan}, Kecamatan Klojen (batas kelurahan dan titik)`,
        }),
      ).toBeVisible();
      await expect(location.getByText(`Kemendagri ${area.code}`)).toBeVisible();
    });

    test("a keyboard user moves the point with the arrow keys and zooms in; the derived kelurahan follows", async ({
      page,
    }, testInfo) => {
      const locale = size.name === "phone" ? "id" : "en";
      const words =
        locale === "id"
          ? {
              path: "/akun/listing/baru?jenis=usaha",
              latitude: "Lintang (latitude)",
              longitude: "Bujur (longitude)",
              map: "Peta pemilih titik",
              zoomIn: "Perbesar peta",
              samaan: "Kelurahan Samaan, Kecamatan Klojen",
              outside: "Di luar Kota Malang",
            }
          : {
              path: "/en/akun/listing/baru?jenis=usaha",
              latitude: "Latitude",
              longitude: "Longitude",
              map: "Point picker map",
              zoomIn: "Zoom in",
              samaan: "Kelurahan Samaan, Kecamatan Klojen",
              outside: "Outside Kota Malang",
            };
      await signIn(page, demoStaff.email, demoStaff.password);
      await page.goto(words.path);
      const map = picker(page, words.map);
      // With no point yet, the first arrow key places one in the middle of the city.
      await map.focus();
      await page.keyboard.press("ArrowUp");
      await expect(page.getByLabel(words.latitude)).toHaveValue(/^-7\.9\d+$/);
      await expect(page.getByLabel(words.longitude)).toHaveValue(/^112\.6\d+$/);
      await expect(derivedArea(page)).toHaveText(/^Kelurahan .+, Kecamatan \w+$/);

      await page.getByLabel(words.latitude).fill("-7.9666");
      await page.getByLabel(words.longitude).fill("112.6326");
      await expect(derivedArea(page)).toHaveText(words.samaan);

      await map.focus();
      await page.keyboard.press("Shift+ArrowUp");
      await expect(page.getByLabel(words.latitude)).toHaveValue("-7.9566");
      await page.keyboard.press("ArrowDown");
      await expect(page.getByLabel(words.latitude)).toHaveValue("-7.9576");
      await page.keyboard.press("ArrowRight");
      // East by the same distance on the map: a degree of longitude is cos(7.98°) of a degree of latitude.
      await expect(page.getByLabel(words.longitude)).toHaveValue(/^112\.6336\d*$/);
      await expect(derivedArea(page)).toHaveText(/^Kelurahan .+, Kecamatan \w+$/);

      // Zoomed in 4×, the steps are four times smaller and the kelurahan names are drawn.
      await page.getByRole("button", { name: words.zoomIn }).click();
      await page.getByRole("button", { name: words.zoomIn }).click();
      await expect(map.locator("svg text", { hasText: "Samaan" })).toHaveCount(1);
      await map.focus();
      await page.keyboard.press("ArrowUp");
      await expect(page.getByLabel(words.latitude)).toHaveValue("-7.95735");
      await keepScreenshot(page, testInfo, `keyboard-zoomed-${size.name}-${locale}`);

      // Far out of the city (Kota Batu): the live region says so before saving.
      await page.getByLabel(words.latitude).fill("-7.8700");
      await page.getByLabel(words.longitude).fill("112.5400");
      await expect(derivedArea(page)).toHaveText(words.outside);
    });

    test("staff see the same picker in the staff editor, drag the marker, and are warned of a contradicting kecamatan", async ({
      page,
    }, testInfo) => {
      await signIn(page, demoStaff.email, demoStaff.password);
      await page.goto("/admin/listing/baru");
      await page.getByRole("main").getByRole("link", { name: "Usaha kreatif", exact: true }).click();
      const map = picker(page);
      await pickAtName(page, map, "Lowokwaru", size.hasTouch);
      await expect(derivedArea(page)).toHaveText(/^Kelurahan .+, Kecamatan Lowokwaru$/);

      await page.getByLabel("Kecamatan", { exact: true }).selectOption("KLOJEN");
      const warning = /Titik di peta berada di Kecamatan Lowokwaru, bukan Klojen/;
      await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveAccessibleDescription(warning);
      await keepScreenshot(page, testInfo, `staff-conflict-${size.name}-id`);
      await page.getByRole("button", { name: "Pakai Kecamatan Lowokwaru" }).click();
      await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveValue("LOWOKWARU");
      await expect(page.getByText(warning)).toHaveCount(0);

      // Drag the marker down (south) by a fifth of the map's height: with a finger on a phone, a mouse on a laptop.
      await map.scrollIntoViewIfNeeded();
      const before = Number(await page.getByLabel("Lintang (latitude)").inputValue());
      const marker = (await page.getByTestId("point-picker-marker").boundingBox())!;
      const height = (await map.boundingBox())!.height;
      const [x, y] = [marker.x + marker.width / 2, marker.y + marker.height / 2];
      const path = [1, 2, 3, 4, 5].map((step) => ({ x, y: y + (height / 25) * step }));
      if (size.hasTouch) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
        for (const point of path)
          await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      } else {
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (const point of path) await page.mouse.move(point.x, point.y);
        await page.mouse.up();
      }
      const after = Number(await page.getByLabel("Lintang (latitude)").inputValue());
      expect(after).toBeLessThan(before - 0.02);
      await expect(derivedArea(page)).toHaveText(/^Kelurahan .+, Kecamatan \w+$/);
    });
  });
}

test("without JavaScript the form keeps its typed coordinates and shows no picker", async ({ browser }) => {
  // Sign in with script (the session cookie), then load the form without it.
  const scripted = await browser.newContext();
  await signIn(await scripted.newPage(), demoStaff.email, demoStaff.password);
  const cookies = await scripted.cookies();
  await scripted.close();
  const plain = await browser.newContext({ javaScriptEnabled: false });
  await plain.addCookies(cookies);
  const page = await plain.newPage();
  await page.goto("/akun/listing/baru?jenis=usaha");
  await expect(page.getByLabel("Lintang (latitude)")).toBeVisible();
  await expect(page.getByLabel("Bujur (longitude)")).toBeVisible();
  await expect(page.getByRole("application")).toHaveCount(0);
  await plain.close();
});
