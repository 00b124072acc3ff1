import { expect, test, type Page } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";

// Issue 18, "speaking Indonesia's data languages": KBLI codes and a private NIB as staff record them, what the
// public sees of them in both languages, and the issuer registry links on profiles.

const uniqueName = (base: string) => `${base} ${Date.now().toString(36)}`;

async function createListing(page: Page, name: string) {
  await page.goto("/admin/listing/baru");
  await page.getByRole("main").getByRole("link", { name: "Usaha kreatif", exact: true }).click();
  await page.getByLabel("Nama (Bahasa Indonesia)").fill(name);
  await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill("Perajin kulit yang mencatat kode KBLI-nya.");
  await page.getByLabel("Subsektor utama").selectOption({ label: "Kriya" });
  await page.getByLabel("Kecamatan").selectOption({ label: "Klojen" });
  await page.getByRole("button", { name: "Simpan listing" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Listing tersimpan.");
}

test("staff record KBLI codes and a private NIB; the profile shows the codes in both languages and never the NIB", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoStaff.email, demoStaff.password);
  const name = uniqueName("Kulit KBLI Uji");
  await createListing(page, name);
  const nib = `35${Date.now().toString().slice(-11)}`;

  // A four-digit code and a short NIB: each field says what is wrong, and nothing is saved.
  await page.getByLabel("Kode KBLI").fill("2020 | 1512 | Industri barang dari kulit");
  await page.getByLabel("NIB (13 angka)").fill("12345");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Kode KBLI terdiri dari tepat lima angka")).toBeVisible();
  await expect(page.getByText("NIB terdiri dari 13 angka.")).toBeVisible();
  await expect(page.getByLabel("Kode KBLI")).toHaveAttribute("aria-invalid", "true");

  await page
    .getByLabel("Kode KBLI")
    .fill("2020 | 15121 | Industri barang dari kulit\n2025 | 01111 | Contoh nol di depan");
  await page.getByLabel("NIB (13 angka)").fill(nib);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByText("NIB belum terverifikasi")).toBeVisible();
  await page.getByLabel("Bukti verifikasi NIB").fill("Sertifikat NIB dari OSS ditunjukkan di kantor");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText(/NIB terverifikasi oleh petugas pada/)).toBeVisible();

  const profilePath = (await page.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href"))!;
  const slug = profilePath.split("/").pop()!;
  await page.goto(profilePath);
  await expect(page.getByText("Kode KBLI", { exact: true })).toBeVisible();
  await expect(page.getByText("15121 (KBLI 2020) Industri barang dari kulit")).toBeVisible();
  await expect(page.getByText("01111 (KBLI 2025) Contoh nol di depan")).toBeVisible();
  await page.goto(`/en${profilePath}`);
  await expect(page.getByText("KBLI codes", { exact: true })).toBeVisible();
  await expect(page.getByText("01111 (KBLI 2025) Contoh nol di depan")).toBeVisible();

  // Open data carries the codes as text (leading zero kept); nothing public carries the NIB or its evidence.
  const detail = await (await request.get(`/api/v1/listings/${slug}`)).json();
  expect(detail.data.kbli).toContainEqual({ version: 2025, code: "01111", title: "Contoh nol di depan" });
  for (const path of [
    profilePath,
    `/en${profilePath}`,
    `/api/v1/listings/${slug}`,
    "/api/v1/listings?format=csv",
    "/sitemap.xml",
    "/data/catalog.jsonld",
    "/data/catalog.ttl",
    "/api/3/action/package_search?rows=1000",
  ]) {
    const body = await (await request.get(path)).text();
    expect(body.includes(nib), path).toBe(false);
    expect(body.includes("ditunjukkan di kantor"), path).toBe(false);
  }
  // Search echoes what was typed, so there the test is that the NIB finds nothing.
  for (const path of [`/cari?q=${nib}`, `/api/v1/listings?q=${nib}`]) {
    const body = await (await request.get(path)).text();
    expect(body.includes(name), path).toBe(false);
  }
});

test("a profile's certificates link to the issuer's registry to check the number, in both languages", async ({
  page,
  request,
}) => {
  const certificates = await (await request.get("/api/v1/certifications?status=berlaku&jenis=halal&per=1")).json();
  const listingUrl = new URL(certificates.data[0].listing.url);
  await page.goto(listingUrl.pathname);
  const check = page.getByRole("link", { name: "Periksa di BPJPH Kementerian Agama" }).first();
  await expect(check).toHaveAttribute("href", "https://bpjph.halal.go.id/search/sertifikat");
  await page.goto(`/en${listingUrl.pathname}`);
  await expect(page.getByRole("link", { name: "Check at BPJPH Kementerian Agama" }).first()).toHaveAttribute(
    "href",
    "https://bpjph.halal.go.id/search/sertifikat",
  );
});
