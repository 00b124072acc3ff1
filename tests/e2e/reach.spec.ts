import { expect, test } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

// The reach ledger (issue 18): staff record support by hand and see it counted; the public summary, the
// penta-helix counts and the per-group checks show in both languages. Saving waits up to a minute for the answer
// (the shared CI machine is slow under load); nothing here asserts timing.
const SAVE = { timeout: 60_000 };

const LISTING_PATH = "/usaha/sari-apel-tlogomas-lestari-contoh";
const LISTING_NAME = /Sari Apel Tlogomas Lestari/;

test("staff record support by hand, with per-field errors first, and find it in /admin/jangkauan", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, demoStaff.email, demoStaff.password);
  await page.goto("/admin/jangkauan/catat");
  await page.getByLabel("Listing (slug)").fill("sari-apel-tlogomas-lestari-contoh");
  const programme = page.getByLabel("Program", { exact: true });
  await programme.selectOption({ index: 1 });
  const programmeName = (await programme.locator("option:checked").innerText()).replace(/ \(\d{4}\)$/, "");
  await page.getByLabel("Jenis dukungan").selectOption("MENTORING");
  await page.getByLabel("Tanggal mulai").fill("");
  await page.getByRole("button", { name: "Catat dukungan" }).click();
  await expect(page.getByText("Isi tanggal mulai.")).toBeVisible(SAVE);
  await expect(page.getByLabel("Tanggal mulai")).toHaveAttribute("aria-invalid", "true");

  const today = new Date(Date.now() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Tanggal mulai").fill(today);
  await page.getByLabel("Hasil (opsional)").fill("Pendampingan pengemasan produk");
  await page.getByRole("button", { name: "Catat dukungan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jangkauan program" })).toBeVisible(SAVE);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Dukungan dicatat");

  // The programme's participants include the listing.
  await page.getByRole("link", { name: new RegExp(`^Peserta: ${escapeRegExp(programmeName)}, \\d+$`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Listing di balik angka" })).toBeVisible();
  await expect(page.getByRole("link", { name: LISTING_NAME })).toBeVisible();
});

test("staff confirm one group of fields; the profile says so per group in both languages", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, demoStaff.email, demoStaff.password);
  await page.goto("/admin/listing?q=Sari+Apel+Tlogomas+Lestari");
  await page.getByRole("main").getByRole("link", { name: LISTING_NAME }).first().click();
  await page.getByRole("checkbox", { name: /^Lokasi/ }).check();
  await page.getByRole("button", { name: "Tandai diperiksa" }).click();
  await expect(page.getByText("Bagian data ditandai diperiksa.")).toBeVisible(SAVE);

  await page.goto(LISTING_PATH);
  await expect(page.getByText(/^Lokasi: diperiksa Disporapar pada \d/)).toBeVisible();
  await expect(page.getByText("Peran penta-helix")).toBeVisible();
  await page.goto(`/en${LISTING_PATH}`);
  await expect(page.getByText(/^Location: checked by Disporapar on /)).toBeVisible();
  await expect(page.getByText("Penta-helix role")).toBeVisible();
});

test("the public reach summary and penta-helix counts show in both languages, naming no business", async ({ page }) => {
  await page.goto("/statistik");
  const reach = page.getByRole("region", { name: "Jangkauan program kota" });
  await expect(reach.getByRole("table")).toBeVisible();
  await expect(reach.getByRole("columnheader", { name: "Belum dijangkau" })).toBeVisible();
  await expect(reach.getByText(/^Metode:/)).toBeVisible();
  await expect(reach.getByText(/^Sumber: Disporapar Kota Malang/)).toBeVisible();
  const actors = page.getByRole("region", { name: "Pelaku menurut peran penta-helix" });
  for (const role of ["Akademisi", "Bisnis", "Komunitas", "Pemerintah", "Media"])
    await expect(actors.getByRole("rowheader", { name: role })).toBeVisible();
  await expect(reach.getByRole("link")).toHaveCount(0);

  await page.goto("/en/statistik");
  const reachEn = page.getByRole("region", { name: "Reach of the city's programmes" });
  await expect(reachEn.getByRole("columnheader", { name: "Never reached" })).toBeVisible();
  await expect(reachEn.getByText(/^Period: /)).toBeVisible();
  const actorsEn = page.getByRole("region", { name: "Actors by penta-helix role" });
  for (const role of ["Academia", "Business", "Community", "Government", "Media"])
    await expect(actorsEn.getByRole("rowheader", { name: role })).toBeVisible();
});

for (const width of [390, 1366]) {
  test(`/admin/jangkauan has no accessibility violations at ${width} px`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, demoStaff.email, demoStaff.password);
    await page.goto("/admin/jangkauan");
    await expect(page.getByRole("heading", { level: 2, name: "Per subsektor" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/en/admin/jangkauan");
    await expect(page.getByRole("heading", { level: 2, name: "By subsector" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
