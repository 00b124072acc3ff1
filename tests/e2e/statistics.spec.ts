import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

test.describe("statistics page", () => {
  test("shows both PDRB figures side by side with their sources, and says samples are counted", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Lihat semua statistik/ }).click();
    await expect(page).toHaveURL(/\/statistik$/);
    await expect(page.getByRole("heading", { level: 1, name: "Statistik ekonomi kreatif" })).toBeVisible();
    await expect(page.getByRole("note").filter({ hasText: "hitungan di halaman ini termasuk" })).toContainText(
      /\d+ entri contoh dari \d+ listing terbit/,
    );

    const pdrb = page.getByRole("region", { name: /Porsi ekonomi kreatif dalam PDRB Kota Malang/ });
    await expect(pdrb.getByText("24–26%", { exact: true })).toBeVisible();
    await expect(pdrb.getByText("lebih dari 5%", { exact: true })).toBeVisible();
    await expect(pdrb.getByText("Periode: 2023")).toBeVisible();
    await expect(pdrb.getByText("Periode: 2024")).toBeVisible();
    await expect(pdrb.getByRole("link", { name: /tugusatu\.com/ })).toHaveCount(2);
    await expect(pdrb.getByText(/Metode: /).first()).toBeVisible();
    await expect(pdrb).toContainText("sumber yang berbeda dan untuk tahun yang berbeda");
  });

  test("reads a chart as a table and downloads the same numbers as CSV", async ({ page }) => {
    await page.goto("/statistik");
    const chart = page.getByRole("region", { name: "Listing terbit per kecamatan" });
    await expect(chart.getByRole("img", { name: /Listing terbit per kecamatan/ })).toBeVisible();
    const table = chart.getByRole("table", { name: "Listing terbit per kecamatan" });
    await expect(table).toBeHidden();
    await chart.getByText("Tampilkan tabel").click();
    await expect(table).toBeVisible();
    const klojenRow = table.getByRole("row", { name: /^Klojen/ });
    const klojenCount = (await klojenRow.getByRole("cell").first().textContent())?.trim() ?? "";
    expect(Number(klojenCount.replace(/\./g, ""))).toBeGreaterThan(0);

    const csvLink = chart.getByRole("link", { name: /^Unduh data \(CSV\)/ });
    const downloading = page.waitForEvent("download");
    await csvLink.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^statistik-kecamatan-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await fs.readFile((await download.path())!, "utf8");
    // The figures first, then the area's codes and BPS's metadata (definition, unit, period, frequency, producer).
    expect(csv.trim().split("\r\n")[0]).toBe(
      "kode,Kecamatan,Listing terbit,kode_wilayah_kemendagri,kode_wilayah_bps,nama_wilayah,definisi,satuan,periode,frekuensi,produsen_data",
    );

    // The same numbers: other tests publish listings meanwhile, so page and file are compared read back to back.
    const csvHref = (await csvLink.getAttribute("href"))!;
    await expect
      .poll(async () => {
        await page.reload();
        await chart.getByText("Tampilkan tabel").click();
        const count = (await klojenRow.getByRole("cell").first().textContent())?.trim().replace(/\./g, "");
        const lines = (await (await page.request.get(csvHref)).text()).trim().split("\r\n");
        return lines.some((line) => line.startsWith(`klojen,Klojen,${count},35.73.02,3573030,Klojen,`));
      })
      .toBe(true);
  });

  test("shows the monev funnel for a chosen period, with the period in the CSV link", async ({ page }) => {
    await page.goto("/statistik");
    const monev = page.getByRole("region", { name: "Monev: dari pelatihan sampai sertifikasi" });
    await monev.getByLabel("Dari tanggal").fill("2020-01-01");
    await monev.getByLabel("Sampai tanggal").fill("2030-12-31");
    await monev.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/\/statistik\?dari=2020-01-01&sampai=2030-12-31#monev$/);
    await expect(monev.getByText("Periode: 1 Januari 2020 – 31 Desember 2030")).toBeVisible();
    const totals = monev.getByRole("region", { name: "Seluruh peserta dalam periode ini" });
    const trained = Number(await totals.getByRole("definition").first().textContent());
    const certified = Number(await totals.getByRole("definition").last().textContent());
    expect(trained).toBeGreaterThanOrEqual(certified);
    const programmeChart = monev.getByRole("region", { name: "Pelatihan sampai sertifikasi per program" });
    await expect(programmeChart.getByRole("link", { name: /^Unduh data \(CSV\)/ })).toHaveAttribute(
      "href",
      "/api/statistik/monev-program?dari=2020-01-01&sampai=2030-12-31",
    );

    await page.goto("/statistik?dari=2026-02-30");
    await expect(page.getByRole("main").getByRole("status")).toContainText("Tanggal awal tidak valid");
  });

  test("has no serious accessibility issues, tables open, in both languages", async ({ page }) => {
    for (const path of ["/statistik", "/en/statistik"]) {
      await page.goto(path);
      for (const summary of await page.getByRole("main").locator("summary").all()) await summary.click();
      await expectNoAxeViolations(page);
    }
  });
});

test.describe("open data", () => {
  test("explains the licence and fields, and the API answers with data and pagination", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Data terbuka" }).click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(page.getByRole("heading", { level: 1, name: "Data terbuka" })).toBeVisible();
    const licence = page.getByRole("region", { name: "Lisensi" });
    await expect(licence).toContainText("CC BY 4.0");
    await expect(licence).toContainText("“Portal Ekonomi Kreatif Kota Malang”");
    await expect(
      page.getByRole("table", { name: "Kolom Listing" }).getByRole("row", { name: /hasValidCertification/ }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "JSON: Listing" })).toHaveAttribute("href", "/api/v1/listings");

    const response = await request.get("/api/v1/listings?kecamatan=klojen");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await response.json()) as {
      data: {
        kecamatan: { slug: string; code: string; bpsCode: string };
        kelurahan: { code: string; bpsCode: string } | null;
        latitude: number | null;
        slug: string;
      }[];
      pagination: { total: number; page: number; links: { next: string | null } };
    };
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((listing) => listing.kecamatan.slug === "klojen")).toBe(true);
    expect(body.data.every((listing) => listing.kecamatan.code === "35.73.02")).toBe(true);
    // Every item with a point carries its kelurahan with Kemendagri and BPS codes.
    const located = body.data.filter((listing) => listing.latitude !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const listing of located) {
      expect(listing.kelurahan?.code).toMatch(/^35\.73\.02\.\d{4}$/);
      expect(listing.kelurahan?.bpsCode).toMatch(/^3573030\d{3}$/);
    }
    expect(body.pagination.page).toBe(1);
    expect(body.pagination.total).toBeGreaterThanOrEqual(body.data.length);

    const detail = await request.get(`/api/v1/listings/${body.data[0]!.slug}`);
    expect(detail.status()).toBe(200);
    expect(await request.get("/api/v1/listings/kriya-kulit-dinoyo-jaya-contoh").then((r) => r.status())).toBe(404);

    const openapi = await request.get("/api/v1/openapi.json");
    expect(openapi.status()).toBe(200);
    const document = (await openapi.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/listings", "/listings/{slug}", "/certifications"]),
    );
  });

  test("has no serious accessibility issues", async ({ page }) => {
    for (const path of ["/data", "/en/data"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});

test("staff add a city figure, see it on the statistics page, and retire it", async ({ page }) => {
  const key = `angka-e2e-${Date.now()}`;
  await signIn(page, demoStaff.email, demoStaff.password);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Menu admin" }).getByRole("link", { name: "Angka kota" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Angka kota" })).toBeVisible();
  await page.getByRole("link", { name: "Tambah angka" }).click();

  await page.getByLabel("Kunci").fill(key);
  await page.getByLabel("Label (Indonesia)").fill("Peserta festival uji e2e");
  await page.getByLabel("Label (Inggris)").fill("E2E festival visitors");
  await page.getByLabel("Nilai", { exact: true }).fill("1.500");
  await page.getByLabel("Satuan").fill("orang");
  await page.getByLabel("Periode seperti ditulis sumber").fill("2025");
  await page.getByLabel("Awal periode").fill("2025-01-01");
  await page.getByLabel("Akhir periode").fill("2025-12-31");
  await page.getByLabel("Nama sumber").fill("Sumber uji e2e");
  // Only the Indonesian method: English pages show it marked as Indonesian.
  await page.getByLabel("Metode (opsional)").fill("Dihitung panitia dari tiket terjual.");
  await page.getByLabel("Tampilkan di beranda").uncheck();
  await page.getByRole("button", { name: "Tambah angka" }).click();
  // "1.500" has a thousands separator: refused, with the reason beside the field.
  const value = page.getByLabel("Nilai", { exact: true });
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Tulis angka tanpa pemisah ribuan, misalnya 14000 atau 93,05.")).toBeVisible();
  await expectNoAxeViolations(page);
  await value.fill("1500");
  await page.getByRole("button", { name: "Tambah angka" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Angka ditambahkan.");
  await expect(page.getByRole("region", { name: "Riwayat perubahan" })).toContainText("Angka kota ditambahkan");

  await page.goto("/statistik");
  const figures = page.getByRole("region", { name: "Angka kota dari sumber lain" });
  await expect(figures.getByText("Peserta festival uji e2e")).toBeVisible();
  await expect(figures.getByText("1.500", { exact: true })).toBeVisible();

  await page.goto("/en/statistik");
  const englishFigures = page.getByRole("region", { name: "City figures from other sources" });
  const card = englishFigures.locator("div").filter({ hasText: "E2E festival visitors" }).last();
  await expect(card.locator('[lang="id"]', { hasText: "Dihitung panitia dari tiket terjual." })).toBeVisible();
  await expect(card).toContainText("(in Indonesian)");
  await expect(card).toContainText("Source (in Indonesian): Sumber uji e2e");
  // Seeded figures carry their method in English.
  await expect(
    englishFigures.getByText("The figure as its source states it; the counting method is not published.").first(),
  ).toBeVisible();

  await page.goto("/admin/angka");
  await page.getByRole("link", { name: "Ubah Peserta festival uji e2e" }).click();
  await page.getByRole("button", { name: "Pensiunkan angka ini" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Angka dipensiunkan.");
  await page.goto("/statistik");
  await expect(page.getByText("Peserta festival uji e2e")).toHaveCount(0);
});
