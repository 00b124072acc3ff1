import { expect, test } from "@playwright/test";
import { demoStaff, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

// The demo owner manages the published sample "Sari Apel Tlogomas Lestari"; the post is this test's own, so hiding
// it touches nothing another test reads.
const kulinerOwner = { email: "pemilik@contoh.id", password: "demo-pemilik-ekraf" };

test("a visitor reports a post on a phone; staff find it in the inbox, hide the post and return to the inbox", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Cari mitra reseller sari apel ${Date.now()}`;

  // The owner posts.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, kulinerOwner.email, kulinerOwner.password);
  await owner.goto("/kolaborasi/baru");
  const listingSelect = owner.getByLabel("Atas nama listing");
  const kulinerListing = listingSelect.locator("option", { hasText: "Sari Apel Tlogomas" });
  await listingSelect.selectOption((await kulinerListing.getAttribute("value"))!);
  await owner.getByLabel("Kebutuhan — kami mencari mitra").check();
  await owner.getByLabel("Judul").fill(title);
  await owner
    .getByLabel("Deskripsi")
    .fill("Kami mencari reseller untuk sari apel kemasan botol di wilayah Malang Raya dan sekitarnya.");
  await owner.getByRole("group", { name: "Subsektor yang dicari" }).getByLabel("Kuliner", { exact: true }).check();
  await owner.getByLabel("Lokasi").selectOption({ label: "Lowokwaru" });
  await owner.getByRole("button", { name: "Terbitkan postingan" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const postPath = new URL(owner.url()).pathname;
  // The poster is not offered a report of their own post.
  await expect(owner.getByRole("link", { name: "Laporkan postingan ini" })).toHaveCount(0);
  await ownerContext.close();

  // An anonymous visitor on a phone reports it; a missing reason is explained first.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(postPath);
  await page.getByRole("link", { name: "Laporkan postingan ini" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Laporkan postingan ini" })).toBeVisible();
  const main = page.getByRole("main");
  await main.getByLabel("Penjelasan").fill("Meminta transfer uang muka sebelum bertemu, tidak ada alamat jelas.");
  await main.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(main.getByText("Pilih salah satu masalah.")).toBeVisible();
  await main.getByRole("radio", { name: "Penipuan" }).check();
  await main.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(main.getByRole("status")).toContainText("laporan Anda sudah kami terima");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);

  // Staff at a desktop width: the report waits in the inbox under the post's title.
  const staffContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const staff = await staffContext.newPage();
  await signIn(staff, demoStaff.email, demoStaff.password);
  await staff.goto("/admin/tugas");
  await staff.getByLabel("Jenis", { exact: true }).selectOption({ label: "Laporan kolaborasi" });
  await staff.getByRole("button", { name: "Terapkan" }).click();
  await expect(staff).toHaveURL(/\/admin\/tugas\?jenis=laporan-kolaborasi/);
  const item = staff
    .getByRole("list", { name: "Tugas menunggu, yang paling lama di atas" })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(item).toContainText("Laporan kolaborasi");
  await item.getByRole("link", { name: `Buka Laporan kolaborasi: ${title}` }).click();

  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Laporan postingan: ${title}`);
  await expect(staff.getByRole("main")).toContainText("Meminta transfer uang muka");
  await expectNoAxeViolations(staff);
  await staff.getByLabel("Catatan").fill("Penipuan: meminta uang muka. Melanggar aturan papan kolaborasi.");
  await staff.getByRole("button", { name: "Sembunyikan postingan" }).click();

  await expect(staff).toHaveURL(
    /\/admin\/tugas\?jenis=laporan-kolaborasi&selesai=laporan-kolaborasi%7E[\w-]+&hasil=disembunyikan$/,
  );
  await expect(staff.getByRole("main").getByRole("status")).toContainText(
    `Laporan kolaborasi «${title}»: postingan disembunyikan; pengelolanya diberi tahu.`,
  );
  await expect(item).toHaveCount(0);
  await staffContext.close();

  // The post has left the public board.
  const response = await page.goto(postPath);
  expect(response?.status()).toBe(404);
});
