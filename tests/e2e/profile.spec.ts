import { expect, test } from "@playwright/test";
import { unpublishedSampleStatuses } from "../../prisma/seed-data/demo-statuses";
import { expectNoAxeViolations } from "./support/axe";

// Slugs from prisma/seed-data: the first sample creative business holds a BPOM registration that expired on
// 2025-03-31; Kaos Buring Nusantara holds a valid trademark and a revoked copyright; MCC is a real entity.
const EXPIRED_SAMPLE = {
  path: "/usaha/sari-apel-tlogomas-lestari-contoh",
  name: "Sari Apel Tlogomas Lestari",
  certificate: "Nomor Izin Edar BPOM",
};
const VALID_SAMPLE = { path: "/usaha/kaos-buring-nusantara-contoh", name: "Kaos Buring Nusantara" };
const REAL_COWORKING = { path: "/coworking/malang-creative-center", name: "Malang Creative Center (MCC)" };

test.describe("listing profile", () => {
  test("a sample business shows its banner, contacts, location and an expired certificate as expired", async ({
    page,
  }) => {
    const response = await page.goto(EXPIRED_SAMPLE.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(EXPIRED_SAMPLE.name);
    await expect(page).toHaveTitle(new RegExp(`^${EXPIRED_SAMPLE.name} · `));

    const main = page.getByRole("main");
    const banner = main.getByRole("note");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Contoh");
    await expect(banner).toContainText("bukan usaha sungguhan");

    const contacts = page.getByRole("region", { name: "Kontak" });
    const whatsapp = contacts.getByRole("link", { name: /WhatsApp/ });
    await expect(whatsapp).toHaveAttribute("href", /^https:\/\/wa\.me\/\d+$/);
    await expect(whatsapp).toHaveAttribute("href", "https://wa.me/6281200000001");
    await expect(contacts.getByRole("link", { name: "Instagram" })).toHaveAttribute("href", /^https:\/\//);

    const location = page.getByRole("region", { name: "Lokasi" });
    await expect(location.getByRole("definition").filter({ hasText: /^Lowokwaru$/ })).toBeVisible();
    await expect(location.getByRole("link", { name: "Buka di OpenStreetMap" })).toHaveAttribute(
      "href",
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=-7\.\d+&mlon=112\.\d+#map=17\//,
    );

    const certificate = page
      .getByRole("region", { name: "Sertifikasi" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: EXPIRED_SAMPLE.certificate }) });
    await expect(certificate).toHaveCount(1);
    await expect(certificate).toContainText("Kedaluwarsa");
    await expect(certificate).not.toContainText("Tersertifikasi");
    await expect(certificate).toContainText("31 Maret 2025");

    // Private monitoring data never reaches the page.
    await expect(page.locator("body")).not.toContainText("9404376357778");
    await expect(page.getByRole("region", { name: "Sumber dan verifikasi" })).toContainText("Terakhir diverifikasi");
  });

  test("a valid certificate is badged as certified; revoked ones are not shown", async ({ page }) => {
    await page.goto(VALID_SAMPLE.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(VALID_SAMPLE.name);
    const certificates = page.getByRole("region", { name: "Sertifikasi" }).getByRole("listitem");
    await expect(certificates).toHaveCount(1);
    await expect(certificates.getByRole("heading", { name: "Merek" })).toBeVisible();
    await expect(certificates).toContainText("Tersertifikasi");
    await expect(certificates).not.toContainText("Kedaluwarsa");
    await expect(page.getByRole("heading", { name: "Hak Cipta" })).toHaveCount(0);
  });

  test("a real entity has no sample banner and links its source", async ({ page }) => {
    await page.goto(REAL_COWORKING.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(REAL_COWORKING.name);
    await expect(page.getByRole("main").getByRole("note")).toHaveCount(0);

    const source = page.getByRole("region", { name: "Sumber dan verifikasi" });
    await expect(source.getByRole("link", { name: "malangkota.go.id; ketik.com" })).toHaveAttribute(
      "href",
      /^https:\/\/malangkota\.go\.id/,
    );
    const facts = page.getByRole("region", { name: "Informasi" });
    await expect(facts).toContainText("Diskopindag Kota Malang");
    await expect(facts).toContainText("22 September 2023");
    // No coordinates are known for real entities, so there is no map link.
    await expect(page.getByRole("link", { name: "Buka di OpenStreetMap" })).toHaveCount(0);
  });

  test("the English profile uses English labels and content", async ({ page, baseURL }) => {
    await page.goto(`/en${EXPIRED_SAMPLE.path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(EXPIRED_SAMPLE.name);
    const banner = page.getByRole("main").getByRole("note");
    await expect(banner).toContainText("Sample");
    await expect(banner).toContainText("not a real business");
    await expect(page.getByText("A culinary business in Lowokwaru")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Contact" })).toBeVisible();

    const certificate = page
      .getByRole("region", { name: "Certifications" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "BPOM Registration" }) });
    await expect(certificate).toContainText("Expired");
    await expect(certificate).not.toContainText("Certified");
    await expect(certificate).toContainText("31 March 2025");

    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en${EXPIRED_SAMPLE.path}`);
    await expect(head.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute(
      "href",
      `${baseURL}${EXPIRED_SAMPLE.path}`,
    );
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", EXPIRED_SAMPLE.name);
  });

  test("publishes schema.org data for the listing's kind", async ({ page }) => {
    await page.goto(REAL_COWORKING.path);
    const script = page.locator('script[type="application/ld+json"]');
    await expect(script).toHaveCount(1);
    const data = JSON.parse((await script.textContent()) ?? "{}") as Record<string, unknown>;
    expect(data["@type"]).toBe("LocalBusiness");
    expect(data.name).toBe(REAL_COWORKING.name);
  });

  test("has no detectable accessibility violations in the profile", async ({ page }) => {
    await page.goto(EXPIRED_SAMPLE.path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The profile itself; the site-wide header and demo notice belong to the layout.
    await expectNoAxeViolations(page, { include: ["main"], rules: "all", impacts: "any" });
  });

  test("answers 404 for an unknown slug, a wrong kind and an unknown kind", async ({ page }) => {
    for (const path of [
      "/usaha/does-not-exist",
      "/kampus/sari-apel-tlogomas-lestari-contoh",
      "/en/startup/malang-creative-center",
      "/bukan-jenis/sari-apel-tlogomas-lestari-contoh",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  });
});

// Where each unpublished sample would live if it were public (its kind's directory).
const unpublishedSamplePaths: Record<string, string> = {
  "kriya-kulit-dinoyo-jaya-contoh": "usaha",
  "teknologi-welirang-contoh": "startup",
  "klub-musisi-welirang-contoh": "komunitas",
  "teknologi-panderman-contoh": "startup",
};

test.describe("listings the public must not see", () => {
  for (const [slug, status] of Object.entries(unpublishedSampleStatuses)) {
    test(`a ${status} listing answers 404 and appears in no search`, async ({ page }) => {
      const response = await page.goto(`/${unpublishedSamplePaths[slug]}/${slug}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();

      const name = slug.replace(/-contoh$/, "").replaceAll("-", " ");
      await page.goto(`/cari?q=${encodeURIComponent(name)}`);
      const results = page.getByRole("region", { name: "Hasil" });
      // The count stands above the results (before the phone's filter disclosure), not inside their region.
      await expect(page.getByRole("main").getByText(/^(\d+|Tidak ada) hasil$/)).toBeVisible();
      await expect(results.getByRole("link", { name: new RegExp(name, "i") })).toHaveCount(0);
    });
  }
});
